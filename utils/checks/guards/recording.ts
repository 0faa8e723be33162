import type { Guard } from './types';

/**
 * The group agreed on no recordings: a recording or live stream is an alert while it lasts,
 * and when it stops the person is told that too (until they hide that notice).
 */
export const recordingGuard: Guard = (snapshot, _ruleSet, _prefs, _now, memory) => {
  if (snapshot.recording === true) return [{ kind: 'recording', key: `recording:${snapshot.client}`, severity: 'alert', stopped: false }];
  if (memory?.recordingStoppedAt != null) {
    return [{ kind: 'recording', key: `recording-stopped:${memory.recordingStoppedAt}`, severity: 'reminder', stopped: true }];
  }
  return [];
};
