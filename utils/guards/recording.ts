import type { Guard } from './types';

/** The group agreed on no recordings: a recording or live stream is an alert while it lasts. */
export const recordingGuard: Guard = (snapshot) =>
  snapshot.recording === true
    ? [{ kind: 'recording', key: `recording:${snapshot.client}`, severity: 'alert' }]
    : [];
