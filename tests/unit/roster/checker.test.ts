import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NameStatus } from '../../../utils/roster/memory';
import type { RuleSet } from '../../../utils/rules/types';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import { hashMembers } from '../../../utils/roster/engine/hmac';
import type { Roster } from '../../../utils/rules/types';
import { addToMyList } from '../../../utils/roster/add-to-my-list';
import { addedFor, MAX_ADDITIONS, withAddition } from '../../../utils/roster/additions';
import { createRosterChecker } from '../../../utils/roster/engine/checker';
import { createRosterEngine } from '../../../utils/roster/engine';
import { parseRosterJoined, ROSTER_JOINED } from '../../../utils/platform/messages';
import { flaggedNewcomers } from '../../../utils/roster/newcomers';

const SALT = 'c2FsdC1mb3ItdGhlLXRlc3QtZ3JvdXAtMzJieXRlcyE';
const OTHER_SALT = 'b3RoZXItc2FsdC1mb3ItdGhlLXRlc3QtZ3JvdXAtMzI';
// WebCrypto answers in later tasks: give it time.
const flush = () => new Promise((done) => setTimeout(done, 50));

async function setup(checkFails = false) {
  const ruleSet = { ...DEFAULT_RULE_SET, id: 'gruppe-mitte', roster: { salt: SALT, members: await hashMembers(['Anna', 'Lena'], SALT) } };
  const real = createRosterEngine();
  const check = vi.fn((names: readonly string[], r: Roster, a: readonly string[]) =>
    checkFails ? Promise.reject(new Error('no WebCrypto')) : real.check(names, r, a),
  );
  const onUpdate = vi.fn();
  const checker = createRosterChecker({ check, addedFor, onUpdate, maxEntries: 3 });
  return { ruleSet, check, onUpdate, checker, engine: real };
}
const match = (map: ReadonlyMap<string, NameStatus>, name: string) => map.get(name)?.match;

describe('the content script\'s roster checker', () => {
  it('checks each name once, in one batch, and says when results are in', async () => {
    const { ruleSet, check, onUpdate, checker } = await setup();
    expect(checker.statuses(['Anna', 'Max', 'Anna'], ruleSet, undefined).size).toBe(0); // still being checked
    checker.statuses(['Anna', 'Max'], ruleSet, undefined); // asked again meanwhile: no second check
    await flush();
    expect(check).toHaveBeenCalledTimes(1);
    expect(check.mock.calls[0]![0]).toEqual(['Anna', 'Max']);
    expect(onUpdate).toHaveBeenCalledTimes(1);
    const statuses = checker.statuses(['Anna', 'Max'], ruleSet, undefined);
    expect(match(statuses, 'Anna')).toBe('member');
    expect(match(statuses, 'Max')).toBe('unknown');
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('starts afresh for another roster or additions, showing the old results until the new ones are in', async () => {
    const { ruleSet, check, checker, engine } = await setup();
    checker.statuses(['Max'], ruleSet, undefined);
    await flush();
    const sameContent = { ...ruleSet, roster: { ...ruleSet.roster, members: [...ruleSet.roster.members] } };
    checker.statuses(['Max'], sameContent, {}); // new objects, same list: nothing to do
    await flush();
    expect(check).toHaveBeenCalledTimes(1);
    const stored = await engine.withAddedName(undefined, ruleSet, 'Max');
    expect(match(checker.statuses(['Max'], ruleSet, stored), 'Max')).toBe('unknown'); // the old result stands in
    await flush();
    expect(match(checker.statuses(['Max'], ruleSet, stored), 'Max')).toBe('member');
  });

  it('marks names it could not check, and tries again later, not in a loop', async () => {
    const { ruleSet, check, onUpdate, checker } = await setup(true);
    checker.statuses(['Anna'], ruleSet, undefined);
    await flush();
    expect(match(checker.statuses(['Anna'], ruleSet, undefined), 'Anna')).toBe('error');
    await flush();
    expect(check).toHaveBeenCalledTimes(1);
    expect(onUpdate).toHaveBeenCalledTimes(1);
    vi.useFakeTimers({ now: Date.now() + 11_000, toFake: ['Date'] });
    checker.statuses(['Anna'], ruleSet, undefined);
    vi.useRealTimers();
    await flush();
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('remembers a bounded number of names, never forgetting those in the call', async () => {
    const { ruleSet, checker } = await setup();
    checker.statuses(['A1', 'A2', 'A3', 'A4'], ruleSet, undefined);
    await flush();
    const now = checker.statuses(['A5'], ruleSet, undefined);
    await flush();
    expect(now.size).toBeLessThanOrEqual(4);
    expect(checker.statuses(['A5'], ruleSet, undefined).has('A5')).toBe(true);
  });
});

describe('"add to my list"', () => {
  beforeEach(() => fakeBrowser.reset());
  const ruleSet = (salt = SALT): RuleSet => ({ ...DEFAULT_RULE_SET, id: 'gruppe-mitte', roster: { salt, members: [] } });

  it('keeps a keyed hash for the rule set and its salt in storage.local, never the name', async () => {
    const engine = createRosterEngine();
    await addToMyList(engine, 'Max Mustermann', ruleSet());
    await addToMyList(engine, 'MAX  mustermann', ruleSet()); // the same name: kept once
    const stored = await fakeBrowser.storage.local.get(null);
    const hash = await engine.exactHash('Max Mustermann', SALT);
    expect(stored).toEqual({ rosterAdditions: { 'gruppe-mitte': { salt: SALT, exact: [hash] } } });
    expect(JSON.stringify(stored).toLowerCase()).not.toMatch(/max|mustermann/);
    expect(addedFor(stored.rosterAdditions, ruleSet())).toEqual([hash]);
  });

  it('means nothing under a new salt or for another group, and ignores malformed storage', () => {
    const stored = { 'gruppe-mitte': { salt: SALT, exact: ['kK5MuEnh9wxJ7h3QHfZ8Qm0P-nw0wqzJm4m8cFvS0vE'] } };
    expect(addedFor(stored, ruleSet(OTHER_SALT))).toEqual([]);
    expect(addedFor(stored, { ...ruleSet(), id: 'andere-gruppe' })).toEqual([]);
    expect(addedFor(stored, DEFAULT_RULE_SET)).toEqual([]);
    expect(addedFor({ 'gruppe-mitte': { salt: SALT, exact: ['<b>Max</b>'] } }, ruleSet())).toEqual([]);
    expect(addedFor('nonsense', ruleSet())).toEqual([]);
    expect(addedFor(stored, ruleSet())).toBe(stored['gruppe-mitte'].exact); // same array: the checker keeps its cache
  });

  it('keeps the newest hashes only', () => {
    let additions = {};
    for (let i = 0; i < MAX_ADDITIONS + 5; i++) additions = withAddition(additions, ruleSet(), String(i).padStart(43, 'A'));
    const kept = addedFor(additions, ruleSet());
    expect(kept).toHaveLength(MAX_ADDITIONS);
    expect(kept.at(-1)).toBe(String(MAX_ADDITIONS + 4).padStart(43, 'A'));
    expect(withAddition(additions, ruleSet(), kept[0]!)).toBe(additions);
  });
});

describe('someone unknown joining while the tab is hidden', () => {
  const unknown = (id: string) => ({ kind: 'unknown-participant' as const, key: `u:${id}`, severity: 'reminder' as const, participantId: id, name: 'x' });
  it('counts flagged people who were not flagged at the last look, by participant id only', () => {
    const first = flaggedNewcomers(new Set(), [unknown('a'), { ...unknown('b'), kind: 'lookalike-name', reason: 'confusable' }]);
    expect(first.added).toBe(2);
    const second = flaggedNewcomers(first.now, [unknown('a'), unknown('c'), { ...unknown('d'), kind: 'phone-number', contact: 'phone' }]);
    expect(second.added).toBe(1);
    expect([...second.now]).toEqual(['a', 'c']);
  });
  it('sends a count, which the background checks: never a name', () => {
    expect(parseRosterJoined({ type: ROSTER_JOINED, count: 2 })).toEqual({ type: ROSTER_JOINED, count: 2 });
    for (const bad of [{ type: ROSTER_JOINED, count: 0 }, { type: ROSTER_JOINED, count: 'Max' }, { type: 'tab-state', count: 1 }, null, 'x']) {
      expect(parseRosterJoined(bad)).toBeNull();
    }
  });
});
