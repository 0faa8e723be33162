import type { Guard } from '../../checks/guards/types';
import { onlyInLobby } from './in-lobby';

/**
 * `more-than-expected`: more people in the call (the lobby not counted) than the roster's
 * `expected`. It needs a count only, no names and no keyed hashes, so it is a guard of the call
 * content script's own list, not of the roster engine: it shows while the engine loads, and when
 * the engine could not be loaded at all. One notice, apart from the people not on the list.
 */
export const expectedCountGuard: Guard = (snapshot, ruleSet) => {
  const expected = ruleSet.roster?.expected;
  if (expected === undefined || snapshot.phase !== 'in-call') return [];
  const inCall = snapshot.participants.filter((p) => !onlyInLobby(p)).length;
  return inCall > expected ? [{ kind: 'more-than-expected', key: `more-than-expected:${inCall}`, severity: 'reminder', count: inCall, expected }] : [];
};
