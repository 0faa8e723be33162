import type { CallSnapshot } from '../clients/types';
import type { RuleSet } from '../rules/types';
import { clientUnreadableGuard } from './client-unreadable';
import { ownNameGuard } from './own-name';
import { participantNamesGuard } from './participant-names';
import { recordingGuard } from './recording';
import type { Finding, Guard, Prefs } from './types';

/** Every guard, in the order their findings are shown (most urgent first). */
export const GUARDS: readonly Guard[] = [clientUnreadableGuard, recordingGuard, ownNameGuard, participantNamesGuard];

export function runGuards(snapshot: CallSnapshot, ruleSet: RuleSet, prefs: Prefs, now: number): Finding[] {
  const findings: Finding[] = [];
  for (const guard of GUARDS) findings.push(...guard(snapshot, ruleSet, prefs, now));
  return findings;
}
