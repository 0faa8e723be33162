import { describe, expect, it } from 'vitest';
import type { CallSnapshot, Participant } from '../../../utils/clients/types';
import { emptySnapshot } from '../../../utils/clients/types';
import { runGuards } from '../../../utils/checks/guards';
import type { Prefs } from '../../../utils/checks/guards/types';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import type { RuleSet } from '../../../utils/rules/types';
import { detailOf, nameOf } from '../finding-fields';

const firstNamesOnly: RuleSet = { ...DEFAULT_RULE_SET, id: 'gruppe-mitte', names: { policy: 'first-name' } };
const noPrefs: Prefs = { keptOwnNames: [] };

const person = (id: string, name: string, isSelf = false): Participant => ({ id, name, isSelf, shownIn: ['tile'] });
const call = (over: Partial<CallSnapshot>): CallSnapshot => ({ ...emptySnapshot('jitsi'), phase: 'in-call', ...over });
const kinds = (snapshot: CallSnapshot, ruleSet = DEFAULT_RULE_SET, prefs = noPrefs) =>
  runGuards(snapshot, ruleSet, prefs, 0).map((f) => `${f.kind}:${nameOf(f) ?? ''}:${f.severity}`);

describe('own name', () => {
  it('reminds you, calmly, of your own full name under policy any', () => {
    expect(kinds(call({ selfName: 'Sabine Wagner' }))).toEqual(['own-full-name:Sabine Wagner:reminder']);
  });
  it('says nothing for a first name or first name and initial', () => {
    expect(kinds(call({ selfName: 'Sabine' }))).toEqual([]);
    expect(kinds(call({ selfName: 'Sabine W.' }))).toEqual([]);
  });
  it('is a breach under policy first-name', () => {
    expect(kinds(call({ selfName: 'Lena Koch' }), firstNamesOnly)).toEqual(['own-full-name:Lena Koch:breach']);
  });
  it('stays silent for a name you chose to keep, but only that exact name and only under any', () => {
    const kept: Prefs = { keptOwnNames: ['Sabine Wagner'] };
    expect(kinds(call({ selfName: 'Sabine Wagner' }), DEFAULT_RULE_SET, kept)).toEqual([]);
    expect(kinds(call({ selfName: 'Sabine Wagner-Koch' }), DEFAULT_RULE_SET, kept)).toHaveLength(1);
    expect(kinds(call({ selfName: 'Sabine Wagner' }), firstNamesOnly, kept)).toHaveLength(1);
  });
  it('flags your own phone number or e-mail as a contact detail', () => {
    expect(kinds(call({ phase: 'prejoin', selfName: '+49 171 2345678' }))).toEqual(['phone-number:+49 171 2345678:breach']);
    expect(kinds(call({ phase: 'prejoin', selfName: 'sabine@example.org' }))).toEqual(['phone-number:sabine@example.org:breach']);
  });
  it('says whether you are about to join or already in the call', () => {
    const [prejoin] = runGuards(call({ phase: 'prejoin', selfName: 'Sabine Wagner' }), DEFAULT_RULE_SET, noPrefs, 0);
    expect(prejoin && detailOf(prejoin)).toBe('prejoin');
  });
});

describe('other participants', () => {
  const people = [person('a', 'Lena'), person('b', '+49 171 2345678'), person('c', 'Klaus van den Berg'), person('d', 'Lena K.')];
  it('flags phone numbers under every policy, full names only under first-name', () => {
    expect(kinds(call({ participants: people }))).toEqual(['phone-number:+49 171 2345678:breach']);
    expect(kinds(call({ participants: people }), firstNamesOnly)).toEqual([
      'phone-number:+49 171 2345678:breach',
      'full-name:Klaus van den Berg:breach',
    ]);
  });
  it('does not speak about you twice when you are listed among participants', () => {
    const snapshot = call({ selfName: 'Sabine Wagner', participants: [person('me', 'Sabine Wagner', true)] });
    expect(kinds(snapshot, firstNamesOnly)).toEqual(['own-full-name:Sabine Wagner:breach']);
  });
  it('gives each finding a key that changes when the name changes', () => {
    const before = runGuards(call({ participants: [person('b', '0171 2345678')] }), DEFAULT_RULE_SET, noPrefs, 0);
    const after = runGuards(call({ participants: [person('b', '0171 2345679')] }), DEFAULT_RULE_SET, noPrefs, 0);
    expect(before[0]?.key).not.toBe(after[0]?.key);
  });
});

describe('unreadable page', () => {
  it('never lets an unreadable call look like an all-clear', () => {
    expect(kinds(call({ unreadable: 'no name elements' }))).toEqual(['client-unreadable::alert']);
  });
});

describe('recording', () => {
  it('alerts while the call is recorded, and is silent when unknown or off', () => {
    expect(kinds(call({ recording: true }))).toEqual(['recording::alert']);
    expect(kinds(call({ recording: false }))).toEqual([]);
    expect(kinds(call({ recording: null }))).toEqual([]);
  });
});

describe('a guard that throws', () => {
  it('is contained and turns into client-unreadable, never into silence', () => {
    const broken = () => {
      throw new Error('boom');
    };
    const findings = runGuards(call({ selfName: 'Sabine Wagner' }), DEFAULT_RULE_SET, noPrefs, 0, undefined, [broken]);
    expect(findings.map((f) => f.kind)).toEqual(['client-unreadable']);
  });
});
