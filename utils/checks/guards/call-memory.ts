import type { CallSnapshot } from '../../clients/types';

/**
 * What the content script remembers about this call, beyond the current snapshot: when the
 * call began, when the person last saw the screen reminder, whether a recording was running.
 * Plain data, updated only by the pure `remember` below, so guards stay pure.
 */
export interface CallMemory {
  inCallSince: number | null;
  /** When the person last dismissed the screen-visibility reminder (null: not yet in this call). */
  reminderSeenAt: number | null;
  /** "Not again in this call". */
  remindersSnoozed: boolean;
  recordingOn: boolean;
  /** When a recording stopped, so the person hears about that too (null: none stopped). */
  recordingStoppedAt: number | null;
}

export const freshMemory = (): CallMemory => ({
  inCallSince: null,
  reminderSeenAt: null,
  remindersSnoozed: false,
  recordingOn: false,
  recordingStoppedAt: null,
});

/** The memory after seeing `snapshot` at `now`. Returns the same object when nothing changed. */
export function remember(memory: CallMemory, snapshot: CallSnapshot, now: number): CallMemory {
  let next = memory;
  if (snapshot.phase === 'in-call' && memory.inCallSince === null) next = { ...next, inCallSince: now };
  if (snapshot.recording === true && !memory.recordingOn) next = { ...next, recordingOn: true, recordingStoppedAt: null };
  if (snapshot.recording === false && memory.recordingOn) next = { ...next, recordingOn: false, recordingStoppedAt: now };
  return next;
}
