import type { CallSnapshot } from '../clients/types';

/**
 * A read "really succeeded" when it read someone else in the call (or the pre-join page). An empty
 * or phase-less read says nothing, nor does your own name alone (the client's state may know only
 * you): right after an unreadable read it must not withdraw the notice, or a page whose markers come
 * and go would show it for a few milliseconds and then fall silent.
 */
export const readSucceeded = (snapshot: CallSnapshot): boolean =>
  snapshot.unreadable === null &&
  (snapshot.phase === 'prejoin' || (snapshot.phase === 'in-call' && snapshot.participants.some((p) => !p.isSelf)));

/** The snapshot to go on with, given the reason the last one was unreadable (null: it was not). */
export function holdUnreadable(held: string | null, snapshot: CallSnapshot): CallSnapshot {
  if (held === null || snapshot.unreadable !== null || readSucceeded(snapshot)) return snapshot;
  return { ...snapshot, unreadable: held };
}
