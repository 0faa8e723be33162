import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addNames,
  addRule,
  buildDocument,
  clearRoster,
  draftForUpdate,
  idFromTitle,
  newDraft,
  parseNames,
  removeNames,
  removeRule,
  type Draft,
} from '../../../utils/organiser/draft';
import { organiserDraftItem } from '../../../utils/platform/storage';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import { parseRuleSet } from '../../../utils/rules/import';
import { createRosterEngine } from '../../../utils/roster/engine';
import { hashExact, hashMembers } from '../../../utils/roster/engine/hmac';
import type { Roster } from '../../../utils/rules/types';
import { RuleSetSchema } from '../../../utils/rules/schema';

const SALT = 'c2FsdC1mb3ItdGhlLXRlc3QtZ3JvdXAtMzJieXRlcyE';
const NAMES = ['Ida', 'Sabine Wagner', 'Jörg'];

/** What the call page's check makes of a name under the draft's roster. */
const onList = async (name: string, roster: Roster) => (await createRosterEngine().check([name], roster, []))[0]!.match;

function written(): Draft {
  return { ...newDraft(SALT), id: 'gruppe-mitte', title: 'Gruppe Mitte', policy: 'first-name', meetings: 'https://meet.jit.si/GruppeMitte\n\n' };
}

describe('a new draft', () => {
  it('starts from the built-in rules at version 1 with a fresh salt', () => {
    const draft = newDraft();
    expect(draft.version).toBe('1');
    expect(draft.rules.map((rule) => rule.en)).toEqual(DEFAULT_RULE_SET.rules.map((rule) => rule.text.en));
    expect(draft.rules.map((rule) => rule.de)).toEqual(DEFAULT_RULE_SET.rules.map((rule) => rule.text.de));
    expect(draft.roster.members).toEqual([]);
    expect(draft.roster.salt).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newDraft().roster.salt).not.toBe(draft.roster.salt);
  });
});

describe('building the document from the form state', () => {
  it('gives a valid document with every field the form holds', async () => {
    let draft = { ...written(), expected: ' 8 ', atJoin: true, everyMinutes: '30', title: '  Gruppe Mitte ' };
    draft = (await addNames(draft, NAMES.join('\n'))).draft;
    const built = buildDocument(draft, { name: ' Sabine ', key: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.doc).toEqual({
      format: 'vertraulich.ruleset/1',
      id: 'gruppe-mitte',
      version: 1,
      title: 'Gruppe Mitte',
      rules: DEFAULT_RULE_SET.rules,
      names: { policy: 'first-name' },
      roster: { salt: SALT, members: await hashMembers(NAMES, SALT), exact: await hashExact(NAMES, SALT), expected: 8 },
      reminders: { atJoin: true, everyMinutes: 30 },
      meetings: ['https://meet.jit.si/GruppeMitte'],
      organiser: { name: 'Sabine', key: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' },
    });
    expect(RuleSetSchema.safeParse(built.doc).success).toBe(true);
  });

  it('leaves out an empty roster, empty meetings and the organiser until signing', () => {
    const built = buildDocument(written());
    expect(built.ok && built.doc).toMatchObject({ reminders: { atJoin: true, everyMinutes: 0 } });
    expect(built.ok && 'roster' in built.doc).toBe(false);
    expect(built.ok && 'organiser' in built.doc).toBe(false);
    const noMeetings = buildDocument({ ...written(), meetings: ' \n ' });
    expect(noMeetings.ok && 'meetings' in noMeetings.doc).toBe(false);
  });

  it('adds and removes rules with ids of their own', () => {
    let draft = addRule(written());
    draft = addRule(draft);
    expect(draft.rules.slice(-2).map((rule) => rule.id)).toEqual(['rule-6', 'rule-7']);
    draft = removeRule(draft, 5);
    draft = addRule(draft);
    expect(draft.rules.slice(-2).map((rule) => rule.id)).toEqual(['rule-7', 'rule-8']);
    expect(new Set(draft.rules.map((rule) => rule.id)).size).toBe(draft.rules.length);
  });

  it('catches numbers that are no numbers before they reach the signature (NaN has no JSON form)', () => {
    expect(buildDocument({ ...written(), version: 'eins' })).toEqual({
      ok: false,
      error: { code: 'not-whole-number', field: 'version', params: ['version'] },
    });
    expect(buildDocument({ ...written(), everyMinutes: '' })).toMatchObject({ ok: false, error: { code: 'missing-field', field: 'reminders.everyMinutes' } });
    expect(buildDocument({ ...written(), expected: 'viele' })).toMatchObject({ ok: false, error: { field: 'roster.expected' } });
  });

  it('leaves the rest to the import check, which names the field', async () => {
    const check = async (draft: Draft) => {
      const built = buildDocument(draft);
      if (!built.ok) throw new Error('not built');
      return parseRuleSet(JSON.stringify(built.doc), { active: null, pinnedKeys: {} });
    };
    expect(await check(written())).toMatchObject({ ok: true });
    expect(await check({ ...written(), title: '   ' })).toMatchObject({ ok: false, error: { code: 'text-empty', field: 'title' } });
    expect(await check({ ...written(), version: '2.5' })).toMatchObject({ ok: false, error: { code: 'not-whole-number', field: 'version' } });
    expect(await check({ ...written(), meetings: 'https://a.example/x\nmeet.jit.si/Gruppe' })).toMatchObject({
      ok: false,
      error: { code: 'bad-url', field: 'meetings[2]' },
    });
    expect(await check({ ...written(), everyMinutes: '241' })).toMatchObject({ ok: false, error: { code: 'number-too-large', field: 'reminders.everyMinutes' } });
  });
});

describe('the roster', () => {
  it('keeps only hashes: no plain name anywhere in the state or in storage', async () => {
    fakeBrowser.reset();
    const { draft, changed } = await addNames(written(), `${NAMES.join('\n')}\n`);
    expect(changed).toBe(3);
    expect(draft.roster.members).toHaveLength(3);
    await organiserDraftItem.setValue(draft);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).toContain(draft.roster.members[0]);
    for (const text of [JSON.stringify(draft), stored]) {
      for (const name of [...NAMES, 'Sabine', 'Wagner', 'sabine wagner', 'ida', 'jörg', 'jorg']) {
        expect(text.toLowerCase()).not.toContain(name.toLowerCase());
      }
    }
    // …and the hashes still recognise the members.
    for (const name of NAMES) expect(await onList(name, draft.roster)).toBe('member');
    expect(await onList('Fremd', draft.roster)).toBe('unknown');
  });

  it('counts names that normalise alike once, and skips blank lines', async () => {
    expect(parseNames('Ida\n\n  \n\u200b\nAnna ')).toEqual(['Ida', 'Anna']);
    const first = await addNames(written(), 'Ida\nANNA');
    const again = await addNames(first.draft, 'ida\nAnna\nJörg');
    expect(again).toMatchObject({ changed: 1, unchanged: 2 });
    expect(again.draft.roster.members).toHaveLength(3);
  });

  it('removes names by their hash and starts a new list with a new salt', async () => {
    const { draft } = await addNames(written(), NAMES.join('\n'));
    const removed = await removeNames(draft, 'IDA\nNiemand');
    expect(removed).toMatchObject({ changed: 1, unchanged: 1 });
    expect(await onList('Ida', removed.draft.roster)).toBe('unknown');
    expect(await onList('Jörg', removed.draft.roster)).toBe('member');
    const cleared = clearRoster(removed.draft);
    expect(cleared.roster.members).toEqual([]);
    expect(cleared.roster.salt).not.toBe(SALT);
  });
});

describe('publishing an update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the published document with the version raised by one, roster and salt kept', async () => {
    const { draft } = await addNames({ ...written(), version: '3', expected: '5', everyMinutes: '15', organiserName: 'Sabine' }, NAMES.join('\n'));
    const built = buildDocument(draft, { name: 'Sabine', key: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' });
    if (!built.ok) throw new Error('not built');
    const update = draftForUpdate(built.doc);
    expect(update.version).toBe('4');
    expect({ ...update, version: '3' }).toEqual({ ...draft, meetings: 'https://meet.jit.si/GruppeMitte' });
    const rebuilt = buildDocument(update, { name: 'Sabine', key: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' });
    expect(rebuilt.ok && rebuilt.doc).toEqual({ ...built.doc, version: 4 });
  });

  it('gives a document without roster a fresh salt for later names', () => {
    const update = draftForUpdate({ ...DEFAULT_RULE_SET, version: 7 }, SALT);
    expect(update).toMatchObject({ version: '8', roster: { salt: SALT, members: [] }, expected: '', meetings: '', atJoin: false, everyMinutes: '0' });
  });
});

describe('the id suggested from the title', () => {
  it('is a valid rule-set id', () => {
    expect(idFromTitle('Gruppe Mitte Süd')).toBe('gruppe-mitte-sued');
    expect(idFromTitle('  Café & Co. — Montag  ')).toBe('cafe-co-montag');
    expect(idFromTitle('ß')).toBe('ss');
    expect(idFromTitle('!!!')).toBe('');
    expect(idFromTitle('a '.repeat(80))).toMatch(/^[a-z0-9-]{1,64}$/);
    expect(idFromTitle('a '.repeat(80)).endsWith('-')).toBe(false);
  });
});
