import type { CallSnapshot } from '../../utils/clients/types';
import { runGuards } from '../../utils/guards';
import { freshMemory, remember, type CallMemory } from '../../utils/guards/call-memory';
import { DEFAULT_REMINDERS, nextReminderAt } from '../../utils/guards/reminder-schedule';
import type { Finding, Prefs } from '../../utils/guards/types';
import { resolveRuleSet } from '../../utils/rules/resolve';
import type { RuleSet } from '../../utils/rules/types';
import { quickCheckDone } from '../../utils/quick-check';
import { completeQuickCheck, keepOwnName, readCallSettings, watchCallSettings, type CallSettings } from '../../utils/settings-reader';

/** What the page and the badge show: the open findings, and whether the quick check is done. */
export interface CallView {
  findings: Finding[];
  quickCheckDone: boolean;
}

export interface FindingsState {
  readonly snapshot: CallSnapshot | null;
  setSnapshot(snapshot: CallSnapshot): void;
  hide(finding: Finding): void;
  /** "Not again in this call" for the screen reminder. */
  snoozeReminders(): void;
  keepName(name: string): void;
  completeQuickCheck(): void;
}

/**
 * Joins the latest snapshot with the rule set and the user's choices, and says which
 * findings are visible. Guards run only here, and only when one of the inputs changed.
 */
export async function createFindingsState(options: {
  signal: AbortSignal;
  /** The call's address, for rule sets that name their meetings. */
  url: string;
  onChange(view: CallView): void;
}): Promise<FindingsState> {
  let snapshot: CallSnapshot | null = null;
  // Which group's rules apply depends on the call's address (a rule set's `meetings`).
  const applicable = (library: CallSettings['library']) => resolveRuleSet(library, options.url).ruleSet;
  const settings = await readCallSettings();
  let ruleSet: RuleSet = applicable(settings.library);
  let prefs: Prefs = settings.prefs;
  let quickChecks = settings.quickChecks;
  // Hidden for this page only: a reload shows them again, which is the honest default.
  const hidden = new Set<string>();
  let memory: CallMemory = freshMemory();
  let lastShown = '\u0000';
  // The one timer of the content script: the next screen reminder the rule set asks for.
  let reminderTimer = 0;

  const scheduleReminder = () => {
    clearTimeout(reminderTimer);
    const due = nextReminderAt(memory, ruleSet.reminders ?? DEFAULT_REMINDERS);
    const wait = due === null ? null : due - Date.now();
    if (wait !== null && wait > 0) reminderTimer = window.setTimeout(update, Math.min(wait, 2 ** 31 - 1));
  };
  options.signal.addEventListener('abort', () => clearTimeout(reminderTimer));

  const update = () => {
    if (!snapshot || options.signal.aborted) return;
    const now = Date.now();
    memory = remember(memory, snapshot, now);
    scheduleReminder();
    const visible = runGuards(snapshot, ruleSet, prefs, now, memory).filter((f) => !hidden.has(f.key));
    const done = quickCheckDone(quickChecks, options.url, now);
    // The phase is part of what the popup shows, so a phase change counts too.
    const shown = `${snapshot.phase}\n${done}\n${visible.map((f) => f.key).join('\n')}`;
    if (shown === lastShown) return;
    lastShown = shown;
    options.onChange({ findings: visible, quickCheckDone: done });
  };

  const unwatch = watchCallSettings((next) => {
    ruleSet = applicable(next.library);
    prefs = next.prefs;
    quickChecks = next.quickChecks;
    update();
  });
  options.signal.addEventListener('abort', unwatch);

  return {
    get snapshot() {
      return snapshot;
    },
    setSnapshot(next) {
      snapshot = next;
      update();
    },
    hide(finding) {
      // The screen reminder comes back after the rule set's interval, counted from now.
      if (finding.kind === 'screen-visibility') memory = { ...memory, reminderSeenAt: Date.now() };
      else hidden.add(finding.key);
      update();
    },
    snoozeReminders() {
      memory = { ...memory, remindersSnoozed: true };
      update();
    },
    keepName(name) {
      void keepOwnName(name); // the watcher above re-runs the guards
    },
    completeQuickCheck() {
      void completeQuickCheck(options.url); // the watcher above updates the view
    },
  };
}
