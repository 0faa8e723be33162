import { classifyNameMemo as classifyName } from '../names/classify-memo';
import type { Finding, Guard } from './types';

/**
 * Your own shown (or typed) name. Under policy `any` a full name is your choice: a calm
 * reminder you can silence for that exact name. Under `first-name` the group agreed
 * otherwise, so it is a breach and cannot be silenced.
 */
export const ownNameGuard: Guard = (snapshot, ruleSet, prefs) => {
  const name = snapshot.selfName;
  if (!name) return [];
  const cls = classifyName(name);
  const findings: Finding[] = [];
  if (cls === 'phone' || cls === 'email') {
    findings.push({ kind: 'phone-number', key: `phone-number:self:${name}`, severity: 'breach', participantId: 'self', name, contact: cls });
  } else if (cls === 'full-name') {
    const policy = ruleSet.names?.policy ?? 'any';
    if (policy === 'any' && prefs.keptOwnNames.includes(name)) return [];
    findings.push({
      kind: 'own-full-name',
      key: `own-full-name:${name}`,
      severity: policy === 'any' ? 'reminder' : 'breach',
      participantId: 'self',
      name,
      phase: snapshot.phase,
    });
  }
  return findings;
};
