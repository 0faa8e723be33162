import type { CallSnapshot } from '../clients/types';

/**
 * The snapshot to go on with, given why the last one was unreadable (null: it was not). The notice
 * ends only when a read really succeeds: someone else in the call was read, or the pre-join page.
 * An empty or phase-less read says nothing, nor does your own name alone (the client's state may
 * know only you): right after an unreadable read it must not withdraw the notice, or a page whose
 * markers come and go would show it for a few milliseconds and then fall silent.
 */
export const holdUnreadable = (held: string | null, snapshot: CallSnapshot): CallSnapshot =>
  held && !snapshot.unreadable && snapshot.phase !== 'prejoin' && !snapshot.participants.some((p) => !p.isSelf)
    ? { ...snapshot, unreadable: held }
    : snapshot;
