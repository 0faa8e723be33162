import type { Guard } from './types';

/** Never a silent all-clear: stored settings that could not be read are said out loud (the other checks go on). */
export const settingsUnreadableGuard: Guard = (_snapshot, _ruleSet, _prefs, _now, memory) =>
  memory?.settingsUnreadable ? [{ kind: 'settings-unreadable', key: 'settings-unreadable', severity: 'alert' }] : [];
