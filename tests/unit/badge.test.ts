import { describe, expect, it } from 'vitest';
import { badgeText } from '../../utils/platform/badge';
import type { TabState } from '../../utils/platform/messages';

const call: TabState = { client: 'jitsi', clientLabel: 'Jitsi Meet', phase: 'in-call', openFindings: 0, kinds: [], unreadable: false, quickCheckDone: true, groupCall: true };

describe('badge', () => {
  it('counts open notices, at most 99', () => {
    expect(badgeText({ ...call, openFindings: 2 })).toBe('2');
    expect(badgeText({ ...call, openFindings: 500 })).toBe('99');
  });
  it('says "?" when the page cannot be read, whatever else', () => {
    expect(badgeText({ ...call, unreadable: true, openFindings: 1 })).toBe('?');
  });
  it('shows a dot on a call page while the quick check is still to do', () => {
    expect(badgeText({ ...call, quickCheckDone: false })).toBe('•');
    expect(badgeText(call)).toBe('');
    expect(badgeText({ ...call, client: null, quickCheckDone: false })).toBe('');
  });
  it('shows nothing on a call that is not the group\'s: nothing was checked there', () => {
    expect(badgeText({ ...call, groupCall: false, quickCheckDone: false, openFindings: 0 })).toBe('');
  });
  it('says how far the check reaches while only part of the call is checked, "?" still first', () => {
    expect(badgeText({ ...call, openFindings: 1, coverage: { checked: 12, total: 100 } })).toBe('12%');
    expect(badgeText({ ...call, openFindings: 1, coverage: { checked: 499, total: 500 } })).toBe('99%');
    expect(badgeText({ ...call, unreadable: true, coverage: { checked: 12, total: 100 } })).toBe('?');
  });
});
