import { describe, expect, it } from 'vitest';
import type { CallSnapshot, Participant, ShownIn } from '../../../utils/clients/types';
import { emptySnapshot } from '../../../utils/clients/types';
import { GUARDS, runGuards, withRosterGuards } from '../../../utils/checks/guards';
import { participantNamesGuard } from '../../../utils/checks/guards/participant-names';
import { expectedCountGuard } from '../../../utils/roster/guards/expected-count';
import { rosterUnavailableGuard } from '../../../utils/roster/guards/unavailable';
import { securityOffGuard } from '../../../utils/checks/guards/security-off';
import { freshMemory } from '../../../utils/checks/guards/call-memory';
import { rosterGuard } from '../../../utils/roster/engine/names-guard';
import { duplicateNamesGuard } from '../../../utils/roster/engine/duplicates-guard';
import { knownKey, type NameStatus, type RosterMemory } from '../../../utils/roster/memory';
import type { Guard, Prefs } from '../../../utils/checks/guards/types';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import { normaliseName } from '../../../utils/roster/engine/normal-forms';
import type { RuleSet } from '../../../utils/rules/types';
import { detailOf, inLobby, nameOf } from '../finding-fields';

const HASH = 'kK5MuEnh9wxJ7h3QHfZ8Qm0P-nw0wqzJm4m8cFvS0vE';
const SALT = 'c2FsdC1mb3ItdGhlLXRlc3QtZ3JvdXAtMzJieXRlcyE';
const withRoster = (expected?: number): RuleSet => ({
  ...DEFAULT_RULE_SET,
  id: 'gruppe-mitte',
  roster: { salt: SALT, members: [HASH], ...(expected ? { expected } : {}) },
});
const noPrefs: Prefs = { keptOwnNames: [] };
const person = (id: string, name: string, shownIn: ShownIn[] = ['tile'], isSelf = false): Participant => ({ id, name, isSelf, shownIn });
const call = (participants: Participant[]): CallSnapshot => ({ ...emptySnapshot('jitsi'), phase: 'in-call', selfName: 'Sabine', participants });

const status = (match: NameStatus['match'], name: string, extra: Partial<NameStatus> = {}): NameStatus => ({
  match,
  plain: normaliseName(name),
  skeleton: normaliseName(name).replace(/\u0430/g, 'a').replace(/\u0410/g, 'a'),
  ...extra,
});
const memoryWith = (statuses: [string, NameStatus][], known: string[] = []) => ({
  ...freshMemory(),
  roster: { statuses: new Map(statuses), known: new Set(known) } satisfies RosterMemory,
});
const shown = (snapshot: CallSnapshot, ruleSet: RuleSet, memory?: ReturnType<typeof memoryWith>) =>
  runGuards(snapshot, ruleSet, noPrefs, 0, memory, [rosterGuard, duplicateNamesGuard]).map(
    (f) => `${f.kind}:${nameOf(f) ?? ''}${detailOf(f) ? `:${detailOf(f)}` : ''}${inLobby(f) ? ':lobby' : ''}`,
  );

const people = [
  person('me', 'Sabine', ['tile'], true),
  person('a', 'Lena'),
  person('b', 'Max Mustermann', ['lobby']),
  person('c', '\u0410nna', ['tile', 'pane']),
  person('d', 'Fellow Jitster'),
  person('e', 'Klaus'),
];
const statuses: [string, NameStatus][] = [
  ['Sabine', status('member', 'Sabine')],
  ['Lena', status('member', 'Lena')],
  ['Max Mustermann', status('unknown', 'Max Mustermann')],
  ['\u0410nna', status('lookalike', '\u0410nna', { reason: 'mixedScript' })],
  ['Fellow Jitster', status('unknown', 'Fellow Jitster', { reason: 'default' })],
];

describe('who is in the call, against the list', () => {
  it('flags exactly the unknown (lobby included, default names too) and the look-alike participants', () => {
    expect(shown(call(people), withRoster(), memoryWith(statuses))).toEqual([
      'unknown-participant:Max Mustermann:lobby',
      'lookalike-name:\u0410nna:mixedScript',
      'unknown-participant:Fellow Jitster:default',
    ]);
  });

  it('says nothing about a name still being checked, nor without a roster, a list or the call', () => {
    // Klaus has no status yet: no finding until the check is done.
    expect(shown(call([person('e', 'Klaus')]), withRoster(), memoryWith(statuses))).toEqual([]);
    expect(shown(call(people), DEFAULT_RULE_SET, memoryWith(statuses))).toEqual([]);
    expect(shown(call(people), { ...withRoster(), roster: { salt: SALT, members: [] } }, memoryWith(statuses))).toEqual([]);
    expect(shown({ ...call(people), phase: 'prejoin' }, withRoster(), memoryWith(statuses))).toEqual([]);
  });

  it('shows a name that could not be checked as not confirmed, never as on the list', () => {
    expect(shown(call([person('e', 'Klaus')]), withRoster(), memoryWith([['Klaus', { match: 'error', plain: '', skeleton: '' }]]))).toEqual([
      'unknown-participant:Klaus:unchecked',
    ]);
  });

  it('forgets nobody when someone is "known for this call", and default names are known one by one', () => {
    const maxKnown = knownKey('b', status('unknown', 'Max Mustermann'));
    const guestKnown = knownKey('d', status('unknown', 'Fellow Jitster', { reason: 'default' }));
    expect(maxKnown).toBe('name:max mustermann');
    expect(guestKnown).toBe('id:d');
    const secondGuest = person('f', 'Fellow Jitster');
    expect(shown(call([...people, secondGuest]), withRoster(), memoryWith(statuses, [maxKnown, guestKnown]))).toEqual([
      'lookalike-name:\u0410nna:mixedScript',
      'unknown-participant:Fellow Jitster:default',
    ]);
    // Known by name: the same person reconnecting with a new id stays known.
    expect(shown(call([person('b2', 'MAX  Mustermann')]), withRoster(), memoryWith([['MAX  Mustermann', status('unknown', 'MAX  Mustermann')]], [maxKnown]))).toEqual([]);
  });

  it('keeps finding keys per person and name, so a rename is a new finding', () => {
    const [before] = runGuards(call([person('b', 'Max')]), withRoster(), noPrefs, 0, memoryWith([['Max', status('unknown', 'Max')]]), [rosterGuard]);
    const [after] = runGuards(call([person('b', 'Moritz')]), withRoster(), noPrefs, 0, memoryWith([['Moritz', status('unknown', 'Moritz')]]), [rosterGuard]);
    expect(before?.key).not.toBe(after?.key);
    expect(before).toMatchObject({ kind: 'unknown-participant', participantId: 'b', name: 'Max', severity: 'reminder' });
  });
});

describe('more people than expected', () => {
  const five = [person('me', 'Sabine', ['tile'], true), person('a', 'Lena'), person('c', 'Klaus'), person('d', 'Ida'), person('e', 'Jörg')];
  const counted = (snapshot: CallSnapshot, ruleSet: RuleSet, guards: readonly Guard[] = [expectedCountGuard]) =>
    runGuards(snapshot, ruleSet, noPrefs, 0, undefined, guards)
      .filter((f) => f.kind === 'more-than-expected')
      .map((f) => `${f.kind}:${detailOf(f)}`);
  it('gives one notice when the call holds more people than the roster expects', () => {
    expect(counted(call(five), withRoster(4))).toEqual(['more-than-expected:5/4']);
    expect(counted(call(five), withRoster(5))).toEqual([]);
    expect(counted(call(five), withRoster())).toEqual([]);
    expect(counted({ ...call(five), phase: 'prejoin' }, withRoster(4))).toEqual([]);
  });
  it('does not count people waiting in the lobby', () => {
    expect(counted(call([...five, person('x', 'Max', ['lobby'])]), withRoster(5))).toEqual([]);
    expect(counted(call([...five, person('x', 'Max', ['lobby', 'tile'])]), withRoster(5))).toEqual(['more-than-expected:6/5']);
  });
  it('works from the count alone: an expected number without a list', () => {
    expect(counted(call(five), { ...withRoster(3), roster: { salt: SALT, members: [], expected: 3 } })).toEqual(['more-than-expected:5/3']);
  });
  it('shows without the roster engine: while it loads, and when it could not be loaded', () => {
    // The content script's own list, before the engine is there…
    expect(counted(call(five), withRoster(4), GUARDS)).toEqual(['more-than-expected:5/4']);
    // …and instead of it, once loading failed (utils/call/session.ts).
    expect(counted(call(five), withRoster(4), withRosterGuards([rosterUnavailableGuard]))).toEqual(['more-than-expected:5/4']);
    // The engine's own guards do not say it a second time.
    expect(counted(call(five), withRoster(4), withRosterGuards([rosterGuard, duplicateNamesGuard]))).toEqual(['more-than-expected:5/4']);
  });
});

describe('duplicate names', () => {
  it('flags two participants with the same normalised name (not you twice)', () => {
    const snapshot = call([person('me', 'Sabine', ['tile'], true), person('a', 'Lena'), person('b', 'LENA '), person('c', 'Le\u200bna'), person('d', 'Klaus')]);
    expect(shown(snapshot, withRoster())).toEqual(['duplicate-name:Lena:same', 'duplicate-name:LENA :same', 'duplicate-name:Le\u200bna:same']);
  });
  it('flags someone who takes your name', () => {
    expect(shown(call([person('me', 'Sabine', ['tile'], true), person('a', 'sabine', ['lobby'])]), withRoster())).toEqual(['duplicate-name:sabine:same']);
  });
  it('flags names that only look the same, once their look-alike form is known', () => {
    const snapshot = call([person('a', 'Anna'), person('c', '\u0410nna')]);
    expect(shown(snapshot, withRoster())).toEqual([]);
    const both = memoryWith([
      ['Anna', status('member', 'Anna')],
      ['\u0410nna', status('lookalike', '\u0410nna', { reason: 'mixedScript' })],
    ]);
    expect(shown(snapshot, withRoster(), both)).toEqual([
      'lookalike-name:\u0410nna:mixedScript',
      'duplicate-name:Anna:lookalike',
      'duplicate-name:\u0410nna:lookalike',
    ]);
  });
  it('leaves out default names and calls without a roster', () => {
    expect(shown(call([person('a', 'Fellow Jitster'), person('b', 'Fellow Jitster'), person('c', 'Gast'), person('d', 'Gast')]), withRoster())).toEqual([]);
    expect(shown(call([person('a', 'Lena'), person('b', 'Lena')]), DEFAULT_RULE_SET)).toEqual([]);
  });
});

describe('the roster guards in the guard list', () => {
  it('come right after the name checks, with the roster engine', () => {
    const guards = withRosterGuards([rosterGuard, duplicateNamesGuard]);
    const at = guards.indexOf(participantNamesGuard);
    expect(guards.slice(at, at + 5)).toEqual([participantNamesGuard, rosterGuard, duplicateNamesGuard, expectedCountGuard, securityOffGuard]);
    expect(guards).toHaveLength(GUARDS.length + 2);
    expect(GUARDS).not.toContain(rosterGuard); // not in the call content script's own list
    expect(GUARDS).toContain(expectedCountGuard); // a count needs no engine
  });

  it('say "could not be compared" for everyone while the engine cannot be loaded, never "all on the list"', () => {
    const snapshot = call([person('me', 'Sabine', ['tile'], true), person('a', 'Lena'), person('b', 'Max', ['lobby'])]);
    expect(shown(snapshot, withRoster(), undefined).length).toBe(0);
    const findings = runGuards(snapshot, withRoster(), noPrefs, 0, undefined, [rosterUnavailableGuard]);
    expect(findings.map((f) => `${f.kind}:${nameOf(f)}:${detailOf(f)}${inLobby(f) ? ':lobby' : ''}`)).toEqual([
      'unknown-participant:Lena:unchecked',
      'unknown-participant:Max:unchecked:lobby',
    ]);
    expect(runGuards(snapshot, DEFAULT_RULE_SET, noPrefs, 0, undefined, [rosterUnavailableGuard])).toEqual([]);
    // "Known for this call" works person by person.
    const lenaKnown = memoryWith([], [knownKey('a', { plain: '', reason: undefined })]);
    expect(runGuards(snapshot, withRoster(), noPrefs, 0, lenaKnown, [rosterUnavailableGuard]).map(nameOf)).toEqual(['Max']);
  });
});
