import type { CallSnapshot } from '../clients/types';
import { GUARDS, runGuards, withRosterGuards } from '../checks/guards';
import { freshMemory, remember, type CallMemory } from '../checks/guards/call-memory';
import { DEFAULT_REMINDERS, nextReminderAt } from '../checks/guards/reminder-schedule';
import type { Finding, PersonFinding, Prefs } from '../checks/guards/types';
import { knownKey, type RosterMemory } from '../roster/memory';
import { rosterUnavailableGuard } from '../roster/guards/unavailable';
import { DEFAULT_CHECKS } from '../rules/default-checks';
import { resolveRuleSet } from '../rules/resolve';
import { addToMyList } from '../roster/add-to-my-list';
import type { RosterChecker } from '../roster/engine/checker';
import type { RosterEngine } from '../roster/engine-api';
import { loadRosterEngine } from '../roster/load';
import type { RuleSet } from '../rules/types';
import { quickCheckDone } from '../checks/quick-check';
import { completeQuickCheck, keepOwnName, readCallSettings, watchCallSettings, type CallSettings } from './settings-reader';

/** What the page and the badge show: the open findings, and whether the quick check is done. */
export interface CallView {
  findings: Finding[];
  quickCheckDone: boolean;
  /**
   * The roster card is shown (a roster applies and somebody else is in the call or its lobby),
   * whatever the names' results: its presence must tell a watching page nothing.
   */
  rosterCard: boolean;
}

export interface FindingsState {
  readonly snapshot: CallSnapshot | null;
  setSnapshot(snapshot: CallSnapshot): void;
  hide(finding: Finding): void;
  /** "Not again in this call" for the screen reminder. */
  snoozeReminders(): void;
  keepName(name: string): void;
  completeQuickCheck(): void;
  /** "Known for this call": the person's unknown/look-alike notice goes until the page is reloaded. */
  knownForCall(finding: PersonFinding): void;
  /** "Add to my list": kept in this browser as a keyed hash for the rule set's roster. */
  addToList(finding: PersonFinding): void;
  /** Whether the rule set in force has a roster (the overlay offers "add to my list" then). */
  readonly hasRoster: boolean;
  /** The roster engine, once loaded (badges come with it). */
  readonly rosterEngine: RosterEngine | null;
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
  const applicable = (library: CallSettings['library']) => resolveRuleSet(library, options.url, DEFAULT_CHECKS).ruleSet;
  const settings = await readCallSettings();
  let ruleSet: RuleSet = applicable(settings.library);
  let prefs: Prefs = settings.prefs;
  let quickChecks = settings.quickChecks;
  let rosterAdditions = settings.rosterAdditions;
  // The roster engine, loaded when a rule set with a roster is in force, and its checks (keyed
  // hashes, async): results arrive later and run the guards again.
  let roster: { engine: RosterEngine; checker: RosterChecker } | null = null;
  // Not before (ms): loading, or tried and failed (then again after 10 s). Failed: until it loads,
  // everyone is shown as "could not be compared with the list".
  let engineRetryAt = 0;
  let engineFailed = false;
  // "Known for this call": this page's memory only.
  const known = new Set<string>();
  let rosterMemory: RosterMemory | undefined;

  const loadEngine = () => {
    if (Date.now() < engineRetryAt) return;
    engineRetryAt = Infinity;
    loadRosterEngine().then(
      (engine) => (roster = { engine, checker: engine.createChecker(() => update()) }),
      () => {
        engineFailed = true;
        engineRetryAt = Date.now() + 10_000;
      },
    ).then(update);
  };
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
    let guards = GUARDS;
    rosterMemory = undefined;
    if (ruleSet.roster && snapshot.phase === 'in-call') {
      if (roster) {
        const names = snapshot.participants.map((p) => p.name);
        rosterMemory = { statuses: roster.checker.statuses(names, { ...ruleSet, roster: ruleSet.roster }, rosterAdditions), known };
        guards = withRosterGuards(roster.engine.guards);
      } else {
        loadEngine();
        // Loading failed (tried again after 10 s): everyone is "could not be compared with the list".
        if (engineFailed) {
          rosterMemory = { statuses: new Map(), known };
          guards = withRosterGuards([rosterUnavailableGuard]);
        }
      }
    }
    const visible = runGuards(snapshot, ruleSet, prefs, now, { ...memory, roster: rosterMemory }, guards).filter((f) => !hidden.has(f.key));
    const done = quickCheckDone(quickChecks, options.url, now);
    // The phase is part of what the popup shows, so a phase change counts too.
    const rosterCard = !!ruleSet.roster && snapshot.phase === 'in-call' && snapshot.participants.some((p) => !p.isSelf);
    const shown = `${snapshot.phase}\n${done}\n${rosterCard}\n${visible.map((f) => f.key).join('\n')}`;
    if (shown === lastShown) return;
    lastShown = shown;
    options.onChange({ findings: visible, quickCheckDone: done, rosterCard });
  };

  const unwatch = watchCallSettings((next) => {
    ruleSet = applicable(next.library);
    prefs = next.prefs;
    quickChecks = next.quickChecks;
    rosterAdditions = next.rosterAdditions;
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
    knownForCall(finding) {
      const status = rosterMemory?.statuses.get(finding.name);
      known.add(knownKey(finding.participantId, status));
      update();
    },
    addToList(finding) {
      // The watcher above sees the stored hash and checks the names again.
      if (roster) addToMyList(roster.engine, finding.name, ruleSet).catch(() => undefined);
    },
    get hasRoster() {
      return (ruleSet.roster?.members.length ?? 0) > 0;
    },
    get rosterEngine() {
      return roster?.engine ?? null;
    },
  };
}
