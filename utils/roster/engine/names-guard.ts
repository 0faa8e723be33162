import type { Finding, Guard } from '../../checks/guards/types';
import { onlyInLobby } from '../guards/in-lobby';
import { knownKey } from '../memory';

/**
 * Who is in the call, against the group's list (the rule set's roster). Pure: the keyed-hash
 * checks run in the checker (checker.ts), which hands their results in through `memory.roster`;
 * a name whose check has not finished yet gets no finding until it has.
 * - `unknown-participant`: not on the list, a name that identifies nobody, or not checkable.
 * - `lookalike-name`: imitates a name on the list (with its `reason`).
 * (`more-than-expected` needs no engine: ../guards/expected-count.ts.)
 * People waiting in the lobby are checked too (`inLobby`), so the organiser knows before letting them in.
 * "Known for this call" (memory.roster.known) clears the first two for that person.
 */
export const rosterGuard: Guard = (snapshot, ruleSet, _prefs, _now, memory) => {
  const checks = memory?.roster;
  if (!ruleSet.roster?.members.length || !checks || snapshot.phase !== 'in-call') return [];
  const findings: Finding[] = [];
  for (const p of snapshot.participants) {
    if (p.isSelf) continue;
    const status = checks.statuses.get(p.name);
    if (!status || status.match === 'member' || checks.known.has(knownKey(p.id, status))) continue;
    const about = { participantId: p.id, name: p.name, ...(onlyInLobby(p) ? { inLobby: true } : {}) };
    if (status.match === 'lookalike') {
      // The check always names a look-alike's reason (check.ts); the fallback only satisfies the type.
      const reason = status.reason === undefined || status.reason === 'default' ? 'confusable' : status.reason;
      findings.push({ kind: 'lookalike-name', key: `lookalike-name:${p.id}:${p.name}`, severity: 'breach', reason, ...about });
    } else {
      const reason = status.match === 'error' ? 'unchecked' : status.reason === 'default' ? 'default' : undefined;
      findings.push({ kind: 'unknown-participant', key: `unknown-participant:${p.id}:${p.name}`, severity: 'reminder', ...(reason ? { reason } : {}), ...about });
    }
  }
  return findings;
};
