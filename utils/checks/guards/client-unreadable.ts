import type { Guard } from './types';

/** Never a silent all-clear: a call the adapter could not read is said out loud. */
export const clientUnreadableGuard: Guard = (snapshot) =>
  snapshot.unreadable === null
    ? []
    : [{ kind: 'client-unreadable', key: `client-unreadable:${snapshot.client}`, severity: 'alert', reason: snapshot.unreadable }];
