import type { CallSnapshot } from '../../utils/clients/types';
import { runGuards } from '../../utils/guards';
import type { Finding, Prefs } from '../../utils/guards/types';
import { resolveRuleSet } from '../../utils/rules/resolve';
import type { RuleSet } from '../../utils/rules/types';
import { keepOwnName, readCallSettings, watchCallSettings, type CallSettings } from '../../utils/settings-reader';

export interface FindingsState {
  readonly snapshot: CallSnapshot | null;
  setSnapshot(snapshot: CallSnapshot): void;
  hide(finding: Finding): void;
  keepName(name: string): void;
}

/**
 * Joins the latest snapshot with the rule set and the user's choices, and says which
 * findings are visible. Guards run only here, and only when one of the inputs changed.
 */
export async function createFindingsState(options: {
  signal: AbortSignal;
  /** The call's address, for rule sets that name their meetings. */
  url: string;
  onChange(visible: Finding[]): void;
}): Promise<FindingsState> {
  let snapshot: CallSnapshot | null = null;
  // Which group's rules apply depends on the call's address (a rule set's `meetings`).
  const applicable = (library: CallSettings['library']) => resolveRuleSet(library, options.url).ruleSet;
  const settings = await readCallSettings();
  let ruleSet: RuleSet = applicable(settings.library);
  let prefs: Prefs = settings.prefs;
  // Hidden for this page only: a reload shows them again, which is the honest default.
  const hidden = new Set<string>();
  let lastShown = '\u0000';

  const update = () => {
    if (!snapshot || options.signal.aborted) return;
    const visible = runGuards(snapshot, ruleSet, prefs, Date.now()).filter((f) => !hidden.has(f.key));
    // The phase is part of what the popup shows, so a phase change counts too.
    const shown = `${snapshot.phase}\n${visible.map((f) => f.key).join('\n')}`;
    if (shown === lastShown) return;
    lastShown = shown;
    options.onChange(visible);
  };

  const unwatch = watchCallSettings((next) => {
    ruleSet = applicable(next.library);
    prefs = next.prefs;
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
      hidden.add(finding.key);
      update();
    },
    keepName(name) {
      void keepOwnName(name); // the watcher above re-runs the guards
    },
  };
}
