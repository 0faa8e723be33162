import { classifyNameMemo as classifyName } from '../names/classify-memo';
import type { Finding, Guard } from './types';

/**
 * Other participants' shown names. Phone numbers and e-mail addresses identify a person
 * under every policy (dial-in numbers leak who is calling); full names only matter where
 * the group agreed on first names.
 */
export const participantNamesGuard: Guard = (snapshot, ruleSet) => {
  const firstNamesOnly = (ruleSet.names?.policy ?? 'any') === 'first-name';
  const findings: Finding[] = [];
  for (const p of snapshot.participants) {
    if (p.isSelf) continue; // the own-name guard speaks about you
    const cls = classifyName(p.name);
    if (cls === 'phone' || cls === 'email') {
      findings.push({ kind: 'phone-number', key: `phone-number:${p.id}:${p.name}`, severity: 'breach', participantId: p.id, name: p.name, contact: cls });
    } else if (cls === 'full-name' && firstNamesOnly) {
      findings.push({ kind: 'full-name', key: `full-name:${p.id}:${p.name}`, severity: 'breach', participantId: p.id, name: p.name });
    }
  }
  return findings;
};
