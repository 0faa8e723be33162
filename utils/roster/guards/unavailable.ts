import type { Guard } from '../../checks/guards/types';
import { knownKey } from '../memory';
import { onlyInLobby } from './in-lobby';

/**
 * While the roster engine could not be loaded (../load.ts), nobody in the call
 * can be compared with the list: say so for each of them, never let it look like "all on the list".
 */
export const rosterUnavailableGuard: Guard = (snapshot, ruleSet, _prefs, _now, memory) =>
  ruleSet.roster && ruleSet.roster.members.length > 0 && snapshot.phase === 'in-call'
    ? snapshot.participants
        // "Known for this call" works here too, person by person (no name was checked).
        .filter((p) => !p.isSelf && !memory?.roster?.known.has(knownKey(p.id)))
        .map((p) => ({
          kind: 'unknown-participant' as const,
          key: `unknown-participant:${p.id}:${p.name}`,
          severity: 'reminder' as const,
          participantId: p.id,
          name: p.name,
          reason: 'unchecked' as const,
          ...(onlyInLobby(p) ? { inLobby: true } : {}),
        }))
    : [];
