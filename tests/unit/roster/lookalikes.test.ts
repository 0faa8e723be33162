// Real confusable attacks against a group's list, checked the way a call page checks them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { NameStatus } from '../../../utils/roster/memory';
import { createRosterEngine } from '../../../utils/roster/engine';
import type { RosterEngineCore } from '../../../utils/roster/engine-api';
import { hashExact, hashMembers } from '../../../utils/roster/engine/hmac';
import type { Roster } from '../../../utils/rules/types';
import { hasInvisibleTrick, hasMixedWord, imitationSignal } from '../../../utils/roster/engine/signals';

const SALT = 'c2FsdC1mb3ItdGhlLXRlc3QtZ3JvdXAtMzJieXRlcyE';
const MEMBERS = ['Anna', 'Emma', 'John', 'Sabine', 'Lena', 'Max', 'Olga', 'Klaus', 'Ahmet', 'Jörg', 'Paul', 'Mehmet', '美咲', 'Мария', 'محمد'];

let engine: RosterEngineCore;
let withExact: Roster;
let withoutExact: Roster;
beforeAll(async () => {
  engine = createRosterEngine();
  const members = await hashMembers(MEMBERS, SALT);
  withExact = { salt: SALT, members, exact: await hashExact(MEMBERS, SALT) };
  withoutExact = { salt: SALT, members };
});

const check = async (name: string, roster: Roster, added: string[] = []): Promise<NameStatus> => (await engine.check([name], roster, added))[0]!;
const verdict = (s: NameStatus) => (s.reason ? `${s.match}:${s.reason}` : s.match);

// [shown name, what it imitates, verdict with exact entries, verdict without them]
const ATTACKS: [string, string, string, string][] = [
  ['\u0410nna', 'Anna: Cyrillic capital А', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['Ann\u0430', 'Anna: Cyrillic small а', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['ΑΝΝΑ', 'Anna: all Greek capitals', 'lookalike:confusable', 'member'], // limit without exact
  ['S\u0430bine', 'Sabine: Cyrillic а inside', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['L\u0435na', 'Lena: Cyrillic е', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['\u041cax', 'Max: Cyrillic М', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['\u039alaus', 'Klaus: Greek Kappa', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['J0hn', 'John: digit zero', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['0lga', 'Olga: digit zero first', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['Ernrna', 'Emma: "rn" for "m"', 'lookalike:confusable', 'member'], // limit without exact
  ['Pau1', 'Paul: digit one for l', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['An\u200bna', 'Anna: zero-width space', 'lookalike:invisible', 'lookalike:invisible'],
  ['Anna\u200d', 'Anna: zero-width joiner', 'lookalike:invisible', 'lookalike:invisible'],
  ['\u202eanna', 'Anna: right-to-left override', 'lookalike:invisible', 'lookalike:invisible'],
  ['\u2066Anna\u2069', 'Anna: bidi isolates', 'lookalike:invisible', 'lookalike:invisible'],
  ['An\u00adna', 'Anna: soft hyphen', 'lookalike:invisible', 'lookalike:invisible'],
  ['Anna\u3164', 'Anna: Hangul filler', 'lookalike:invisible', 'lookalike:invisible'],
  ['Me\u04bbmet', 'Mehmet: Cyrillic һ', 'lookalike:mixedScript', 'lookalike:mixedScript'],
  ['J\u00f6rg', 'Jörg: composed ö (the same name)', 'member', 'member'],
  ['Jo\u0308rg', 'Jörg: o + combining diaeresis (the same name)', 'member', 'member'],
  ['\uff33\uff41\uff42\uff49\uff4e\uff45', 'Sabine: full-width letters (NFKC: the same name)', 'member', 'member'],
  ['  SABINE ', 'Sabine: case and spaces (the same name)', 'member', 'member'],
];

describe('look-alike attacks on the list', () => {
  it.each(ATTACKS)('%j (%s)', async (shown, _about, exactVerdict, fallbackVerdict) => {
    expect(verdict(await check(shown, withExact)), 'with exact entries').toBe(exactVerdict);
    expect(verdict(await check(shown, withoutExact)), 'without exact entries').toBe(fallbackVerdict);
  });

  it('lets members\' own names through, in every script', async () => {
    for (const name of MEMBERS) {
      expect(verdict(await check(name, withExact)), name).toBe('member');
      expect(verdict(await check(name, withoutExact)), name).toBe('member');
    }
  });

  it('calls strangers unknown, and names that identify nobody unknown whatever the list says', async () => {
    expect(verdict(await check('Anne', withExact))).toBe('unknown');
    expect(verdict(await check('Max Mustermann', withExact))).toBe('unknown');
    const listed = { ...withExact, members: [...withExact.members, ...(await hashMembers(['Gast'], SALT))] };
    for (const name of ['Fellow Jitster', 'Gast', 'Guest', 'Guest 3', '', '   ', '\u200b', '🙂', 'iPhone']) {
      expect(verdict(await check(name, listed)), JSON.stringify(name)).toBe('unknown:default');
    }
  });

  it('takes a spelling added to "my list" as a member, also a look-alike one', async () => {
    const added = await hashExact(['\u0410nna', 'Bob'], SALT);
    expect(verdict(await check('\u0410nna', withExact, added))).toBe('member');
    expect(verdict(await check('BOB', withExact, added))).toBe('member');
    expect(verdict(await check('B\u043eb', withExact, added))).toBe('unknown'); // Cyrillic о: not the added spelling
    // Added hashes are keyed: with another salt they mean nothing.
    const other = { ...withExact, salt: 'b3RoZXItc2FsdC1mb3ItdGhlLXRlc3QtZ3JvdXAtMzI' };
    expect(verdict(await check('Bob', { ...other, members: [] }, added))).toBe('unknown');
  });

  it('gives look-alikes and their model the same look-alike form (for duplicates)', async () => {
    const [real, fake] = await engine.check(['Anna', '\u0410nna'], withExact, []);
    expect(fake!.skeleton).toBe(real!.skeleton);
    expect(fake!.plain).not.toBe(real!.plain);
  });

  it('answers "add to my list" with the exact hash', async () => {
    expect(await engine.exactHash('Bob', SALT)).toBe((await hashExact(['Bob'], SALT))[0]);
  });
});

describe('signs of imitation in the name itself', () => {
  it('finds letters of two scripts or digits within one word', () => {
    expect(hasMixedWord('\u0410nna')).toBe(true);
    expect(hasMixedWord('J0hn')).toBe(true);
    expect(hasMixedWord('Anna Мария')).toBe(false); // two words, one script each
    expect(hasMixedWord('Мария')).toBe(false);
    expect(hasMixedWord('Ἀλέξανδρος')).toBe(false);
    expect(hasMixedWord('山田さくら')).toBe(false); // Japanese: Han with kana
    expect(hasMixedWord('김민준')).toBe(false);
    expect(hasMixedWord('Anne-Marie')).toBe(false);
    expect(hasMixedWord('Raum 2')).toBe(false);
  });

  it('finds invisible and direction-changing characters, but not honest joiners', () => {
    expect(hasInvisibleTrick('An\u200bna')).toBe(true);
    expect(hasInvisibleTrick('\u200eAnna')).toBe(true);
    expect(hasInvisibleTrick('A\u200dnna')).toBe(true);
    expect(hasInvisibleTrick('Anna 👩\u200d💻')).toBe(false); // emoji sequence
    expect(hasInvisibleTrick('❤\ufe0f Anna')).toBe(false); // emoji presentation
    expect(hasInvisibleTrick('\u0645\u06cc\u200c\u062e\u0648\u0627\u0645')).toBe(false); // Persian ZWNJ
    expect(hasInvisibleTrick('Anna')).toBe(false);
    expect(imitationSignal('An\u200bna')).toBe('invisible');
    expect(imitationSignal('\u0410nna')).toBe('mixedScript');
    expect(imitationSignal('Anna')).toBeNull();
  });
});
