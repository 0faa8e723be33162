import type { CallSnapshot } from '../../clients/types';
import { expectedCountGuard } from '../../roster/guards/expected-count';
import type { RuleSet } from '../../rules/types';
import { clientUnreadableGuard } from './client-unreadable';
import { coveragePartialGuard } from './coverage-partial';
import { ownNameGuard } from './own-name';
import { participantNamesGuard } from './participant-names';
import { recordingGuard } from './recording';
import { screenShareGuard } from './screen-share';
import { screenVisibilityGuard } from './screen-visibility';
import { securityOffGuard } from './security-off';
import { settingsUnreadableGuard } from './settings-unreadable';
import type { Finding, Guard, GuardMemory, Prefs } from './types';

/** Every guard, in the order their findings are shown (most urgent first). */
export const GUARDS: readonly Guard[] = [
  clientUnreadableGuard,
  settingsUnreadableGuard,
  recordingGuard,
  screenShareGuard,
  coveragePartialGuard,
  ownNameGuard,
  participantNamesGuard,
  expectedCountGuard,
  securityOffGuard,
  screenVisibilityGuard,
];

/**
 * Every guard with the roster's guards after the name checks. The roster's guards that read
 * names' keyed hashes come with the roster engine, which the call content script loads only for
 * a rule set with a roster (utils/roster/engine/index.ts says why); when it cannot be loaded, the
 * unavailable guard (utils/roster/guards/unavailable.ts) instead. The expected count needs no
 * engine: it is in GUARDS, and so comes right after the roster's guards.
 */
export function withRosterGuards(rosterGuards: readonly Guard[]): readonly Guard[] {
  const after = GUARDS.indexOf(participantNamesGuard) + 1;
  return [...GUARDS.slice(0, after), ...rosterGuards, ...GUARDS.slice(after)];
}

export function runGuards(
  snapshot: CallSnapshot,
  ruleSet: RuleSet,
  prefs: Prefs,
  now: number,
  memory?: GuardMemory,
  guards: readonly Guard[] = GUARDS,
): Finding[] {
  const findings: Finding[] = [];
  let failed = false;
  for (const guard of guards) {
    try {
      findings.push(...guard(snapshot, ruleSet, prefs, now, memory));
    } catch {
      // A check that broke must not look like a check that passed.
      failed = true;
    }
  }
  if (failed && !findings.some((f) => f.kind === 'client-unreadable')) {
    findings.unshift({ kind: 'client-unreadable', key: `client-unreadable:${snapshot.client}:check`, severity: 'alert', reason: 'a check failed' });
  }
  return findings;
}
