import type { Guard } from './types';

/**
 * The group agreed on no recordings: a recording or live stream is an alert while it lasts,
 * and when it stops the person is told that too (until they hide that notice). A paused recording
 * is still an alert, in its own words: it has not stopped and may go on at any moment.
 */
export const recordingGuard: Guard = (snapshot, _ruleSet, _prefs, _now, memory) => {
  if (snapshot.recording === true && snapshot.recordingPaused) {
    return [{ kind: 'recording', key: `recording-paused:${snapshot.client}`, severity: 'alert', stopped: false, paused: true }];
  }
  if (snapshot.recording === true) return [{ kind: 'recording', key: `recording:${snapshot.client}`, severity: 'alert', stopped: false }];
  if (memory?.recordingStoppedAt != null) {
    const stopped = { kind: 'recording', key: `recording-stopped:${memory.recordingStoppedAt}`, severity: 'reminder', stopped: true } as const;
    return [snapshot.recordingPauseHidden ? { ...stopped, mayResume: true } : stopped];
  }
  return [];
};
