import type { CallMemory } from './call-memory';

export interface ReminderSettings {
  atJoin: boolean;
  /** 0: never again after the first. */
  everyMinutes: number;
}

/** When the rule set says nothing: once at the start of the call, not again. */
export const DEFAULT_REMINDERS: ReminderSettings = { atJoin: true, everyMinutes: 0 };

const MINUTE = 60_000;

/**
 * When the screen-visibility reminder is (or was) next due, or null when it never is:
 * at the start of the call (if `atJoin`), then `everyMinutes` after the person last saw it.
 */
export function nextReminderAt(memory: CallMemory, settings: ReminderSettings): number | null {
  if (memory.inCallSince === null || memory.remindersSnoozed) return null;
  const every = settings.everyMinutes * MINUTE;
  if (memory.reminderSeenAt === null) {
    if (settings.atJoin) return memory.inCallSince;
    return every > 0 ? memory.inCallSince + every : null;
  }
  return every > 0 ? memory.reminderSeenAt + every : null;
}

export function reminderDue(memory: CallMemory, settings: ReminderSettings, now: number): boolean {
  const due = nextReminderAt(memory, settings);
  return due !== null && now >= due;
}
