// The organisers' workshop writes `roster.exact` from now on; older rosters keep working without it.
import { describe, expect, it } from 'vitest';
import { addNames, buildDocument, clearRoster, draftForUpdate, newDraft, removeNames, type Draft } from '../../../utils/organiser/draft';
import { parseRuleSet } from '../../../utils/rules/import';
import { RuleSetSchema } from '../../../utils/rules/schema';
import { createRosterEngine } from '../../../utils/roster/engine';
import { hashExact, hashMembers } from '../../../utils/roster/engine/hmac';

const SALT = 'c2FsdC1mb3ItdGhlLXRlc3QtZ3JvdXAtMzJieXRlcyE';
const written = (): Draft => ({ ...newDraft(SALT), id: 'gruppe-mitte', title: 'Gruppe Mitte' });

describe('exact entries from the workshop', () => {
  it('are added and removed with the names, and go into the document', async () => {
    const { draft } = await addNames(written(), 'Anna\nEmma\nANNA');
    expect(draft.roster.exact).toEqual(await hashExact(['Anna', 'Emma'], SALT));
    const built = buildDocument(draft);
    if (!built.ok) throw new Error('not built');
    expect(built.doc.roster).toEqual({ salt: SALT, members: await hashMembers(['Anna', 'Emma'], SALT), exact: await hashExact(['Anna', 'Emma'], SALT) });
    expect(RuleSetSchema.safeParse(built.doc).success).toBe(true);
    const removed = await removeNames(draft, 'emma');
    expect(removed.draft.roster.exact).toEqual(await hashExact(['Anna'], SALT));
    expect(clearRoster(removed.draft).roster.exact).toEqual([]);
  });

  it('tell the member from the look-alike in a call', async () => {
    const { draft } = await addNames(written(), 'Emma');
    const built = buildDocument(draft);
    if (!built.ok) throw new Error('not built');
    const [real, fake] = await createRosterEngine().check(['Emma', 'Ernrna'], built.doc.roster!, []);
    expect(real!.match).toBe('member');
    expect(fake).toMatchObject({ match: 'lookalike', reason: 'confusable' });
  });

  it('are not invented for a roster published without them (its names are not known)', async () => {
    const members = await hashMembers(['Anna'], SALT);
    const old = { format: 'vertraulich.ruleset/1' as const, id: 'gruppe-mitte', version: 2, title: 'Gruppe Mitte', rules: newDraft().rules.map((r) => ({ id: r.id, text: { de: r.de, en: r.en } })), roster: { salt: SALT, members } };
    const update = draftForUpdate(old);
    expect(update.roster.exact).toBeUndefined();
    const { draft } = await addNames(update, 'Emma');
    expect(draft.roster.exact).toBeUndefined();
    const built = buildDocument(draft);
    expect(built.ok && built.doc.roster).toEqual({ salt: SALT, members: [...members, ...(await hashMembers(['Emma'], SALT))] });
    // …and an update of a roster with exact entries keeps them.
    const withExact = { ...old, roster: { salt: SALT, members, exact: await hashExact(['Anna'], SALT) } };
    expect(draftForUpdate(withExact).roster.exact).toEqual(withExact.roster.exact);
  });
});

describe('the schema', () => {
  const doc = async () => ({
    format: 'vertraulich.ruleset/1',
    id: 'gruppe-mitte',
    version: 1,
    title: 'Gruppe Mitte',
    rules: [{ id: 'no-recordings', text: { de: 'Keine Aufnahmen.', en: 'No recordings.' } }],
    roster: { salt: SALT, members: await hashMembers(['Anna'], SALT), exact: await hashExact(['Anna'], SALT), expected: 8 },
  });

  it('accepts exact entries', async () => {
    expect(RuleSetSchema.safeParse(await doc()).success).toBe(true);
  });

  it('refuses malformed or duplicate exact entries, and still refuses unknown fields', async () => {
    const base = await doc();
    const refused = async (roster: unknown) => {
      const result = await parseRuleSet(JSON.stringify({ ...base, roster }), { active: null, pinnedKeys: {} });
      return result.ok ? 'accepted' : `${result.error.code} ${result.error.field ?? ''}`.trim();
    };
    expect(await refused({ ...base.roster, exact: ['Anna'] })).toBe('bad-encoding roster.exact[1]');
    expect(await refused({ ...base.roster, exact: [...base.roster.exact, ...base.roster.exact] })).toBe('duplicate-entry roster.exact');
    expect(await refused({ ...base.roster, names: ['Anna'] })).toBe('unknown-field roster.names');
  });
});
