import { describe, expect, it } from 'vitest';
import { decideGroupCall, withMark, type GroupCallInputs } from '../../../utils/call/group-call';
import type { RuleSetLibrary, StoredRuleSet } from '../../../utils/rules/stored';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';

const GROUP_CALL = 'https://meet.jit.si/Gruppe-Mitte';
const WORK_CALL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc';

const kept = (meetings?: string[]): StoredRuleSet => ({
  doc: { ...DEFAULT_RULE_SET, id: 'gruppe-mitte', ...(meetings ? { meetings } : {}) },
  acceptedAt: 0,
  source: 'file',
});
const library = (ruleSets: Record<string, StoredRuleSet> = {}, managed: StoredRuleSet['doc'] | null = null): RuleSetLibrary => ({
  ruleSets,
  activeRuleSetId: null,
  managedRuleSet: managed,
});
const inputs = (over: Partial<GroupCallInputs>): GroupCallInputs => ({
  url: GROUP_CALL,
  library: library(),
  marks: {},
  checkEveryCall: false,
  ownServer: false,
  checkedBeforeSetup: false,
  ...over,
});

describe('decideGroupCall', () => {
  it('a first run with nothing set up checks Jitsi calls as before, and no Teams, Zoom or Meet call', () => {
    expect(decideGroupCall(inputs({ checkedBeforeSetup: true }))).toEqual({ group: true, reason: 'before-setup' });
    expect(decideGroupCall(inputs({ url: WORK_CALL }))).toEqual({ group: false, reason: 'unlisted' });
  });

  it("a rule set's meeting links make those calls the group's, and only those", () => {
    const lib = library({ g: kept([GROUP_CALL.toLowerCase() + '/']) });
    expect(decideGroupCall(inputs({ library: lib }))).toEqual({ group: true, reason: 'listed' });
    // Once links name the group's calls, another Jitsi room is not the group's.
    expect(decideGroupCall(inputs({ library: lib, url: 'https://meet.jit.si/elsewhere', checkedBeforeSetup: true }))).toEqual({
      group: false,
      reason: 'unlisted',
    });
  });

  it("a rule set without meeting links leaves the before-setup rule in place", () => {
    expect(decideGroupCall(inputs({ library: library({ g: kept() }), checkedBeforeSetup: true })).group).toBe(true);
  });

  it("the organisation's rule set lists calls too", () => {
    const lib = library({}, { ...DEFAULT_RULE_SET, meetings: [WORK_CALL] });
    expect(decideGroupCall(inputs({ library: lib, url: WORK_CALL }))).toEqual({ group: true, reason: 'listed' });
  });

  it("the person's word wins both ways", () => {
    const lib = library({ g: kept([GROUP_CALL]) });
    expect(decideGroupCall(inputs({ library: lib, marks: withMark({}, GROUP_CALL, 'not-group') }))).toEqual({ group: false, reason: 'marked-not' });
    expect(decideGroupCall(inputs({ url: WORK_CALL, marks: withMark({}, WORK_CALL, 'group') }))).toEqual({ group: true, reason: 'marked' });
    // Marking one call as the group's names the group's calls: the before-setup rule ends.
    const marks = withMark({}, WORK_CALL, 'group');
    expect(decideGroupCall(inputs({ marks, checkedBeforeSetup: true }))).toEqual({ group: false, reason: 'unlisted' });
  });

  it('own servers and "check every call"', () => {
    expect(decideGroupCall(inputs({ url: WORK_CALL, ownServer: true }))).toEqual({ group: true, reason: 'own-server' });
    expect(decideGroupCall(inputs({ url: WORK_CALL, checkEveryCall: true }))).toEqual({ group: true, reason: 'every-call' });
  });
});

describe('withMark', () => {
  it('marks per meeting link, case and trailing slashes aside, and takes a mark back', () => {
    const marks = withMark({}, 'https://meet.jit.si/Gruppe-Mitte/?x=1', 'group');
    expect(marks).toEqual({ 'https://meet.jit.si/gruppe-mitte': 'group' });
    expect(withMark(marks, GROUP_CALL, null)).toEqual({});
    expect(withMark(marks, 'not a url', 'group')).toBe(marks);
  });
});
