import type { Guard } from './types';
import { DEFAULT_REMINDERS, reminderDue } from './reminder-schedule';

/** The gentle reminder that nobody else may see or hear the screen. Never blocks the call. */
export const screenVisibilityGuard: Guard = (snapshot, ruleSet, _prefs, now, memory) => {
  if (!memory || snapshot.phase !== 'in-call') return [];
  const settings = ruleSet.reminders ?? DEFAULT_REMINDERS;
  return reminderDue(memory, settings, now)
    ? [{ kind: 'screen-visibility', key: `screen-visibility:${memory.reminderSeenAt ?? 'start'}`, severity: 'reminder' }]
    : [];
};
