import type { RuleSetLibrary } from './stored';
import type { RuleSetDocument } from './types';

export type RuleSetOrigin = 'managed' | 'meeting' | 'chosen' | 'built-in';

/** "https://meet.jit.si/Gruppe-Mitte/?x#y" → "https://meet.jit.si/gruppe-mitte": room names ignore case. */
export function meetingKey(url: string): string | null {
  try {
    const { protocol, host, pathname } = new URL(url);
    if (protocol !== 'https:') return null;
    return `${protocol}//${host}${pathname.replace(/\/+$/, '').toLowerCase()}`;
  } catch {
    return null;
  }
}

/**
 * Which rule set applies to a call at `url`: the admin's always; else the group whose
 * `meetings` list this call; else the one the user chose; else the built-in agreement.
 */
export function resolveRuleSet(
  library: RuleSetLibrary,
  url: string | null,
  /** The built-in agreement: DEFAULT_RULE_SET, or DEFAULT_CHECKS where the rule texts are not shown. */
  builtIn: RuleSetDocument,
): { ruleSet: RuleSetDocument; origin: RuleSetOrigin } {
  if (library.managedRuleSet) return { ruleSet: library.managedRuleSet, origin: 'managed' };
  const key = url === null ? null : meetingKey(url);
  const id = library.activeRuleSetId;
  if (key !== null) {
    // A link a rule set gave away (the person let another take over those calls) is not its own;
    // the writer (utils/rules/writer/claims.ts) leaves one rule set answering for each link. Should
    // an older store still have two, the chosen one wins, never the order of ids in storage.
    let best: (typeof library.ruleSets)[string] | undefined;
    for (const stored of Object.values(library.ruleSets)) {
      const listed = stored.doc.meetings?.some((meeting) => meetingKey(meeting) === key) && !stored.yieldedMeetings?.includes(key);
      if (listed && (!best || stored.doc.id === id)) best = stored;
    }
    if (best) return { ruleSet: best.doc, origin: 'meeting' };
  }
  // hasOwn: an id like "constructor" must not find Object's prototype.
  const chosen = id !== null && Object.hasOwn(library.ruleSets, id) ? library.ruleSets[id] : undefined;
  if (chosen) return { ruleSet: chosen.doc, origin: 'chosen' };
  return { ruleSet: builtIn, origin: 'built-in' };
}
