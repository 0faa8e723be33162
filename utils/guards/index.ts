import type { CallSnapshot } from '../clients/types';
import type { RuleSet } from '../rules/types';
import { clientUnreadableGuard } from './client-unreadable';
import { ownNameGuard } from './own-name';
import { participantNamesGuard } from './participant-names';
import type { CallMemory } from './call-memory';
import { recordingGuard } from './recording';
import { screenShareGuard } from './screen-share';
import { screenVisibilityGuard } from './screen-visibility';
import { securityOffGuard } from './security-off';
import type { Finding, Guard, Prefs } from './types';

/** Every guard, in the order their findings are shown (most urgent first). */
export const GUARDS: readonly Guard[] = [
  clientUnreadableGuard,
  recordingGuard,
  screenShareGuard,
  ownNameGuard,
  participantNamesGuard,
  securityOffGuard,
  screenVisibilityGuard,
];

export function runGuards(snapshot: CallSnapshot, ruleSet: RuleSet, prefs: Prefs, now: number, memory?: CallMemory): Finding[] {
  const findings: Finding[] = [];
  for (const guard of GUARDS) findings.push(...guard(snapshot, ruleSet, prefs, now, memory));
  return findings;
}
