import { classifyName } from '../../checks/names/classify';
import { normaliseName } from './normal-forms';
import type { Finding, Guard } from '../../checks/guards/types';

const isDefault = (name: string) => {
  const cls = classifyName(name);
  return cls === 'default' || cls === 'empty';
};

/**
 * `duplicate-name`: two people (in the call or in its lobby) show the same name, in plain normal
 * form ("Anna", "ANNA", "An\u200bna"), or names that only look the same ("Anna", "Аnna" with a
 * Cyrillic А: same look-alike form, match 'lookalike'). One of them may be imitating the other;
 * two members may also simply share a first name, so the notice says so. Names that identify
 * nobody ("Fellow Jitster", "Guest") are left out: they are the same on purpose, and the roster
 * guard speaks about them. Only with a roster: a group that keeps no list did not ask who is who.
 * You are counted (someone may take your name), but the notice is about the others.
 */
export const duplicateNamesGuard: Guard = (snapshot, ruleSet, _prefs, _now, memory) => {
  if (!ruleSet.roster || snapshot.phase !== 'in-call') return [];
  const statuses = memory?.roster?.statuses;
  const byPlain = new Map<string, string[]>();
  const bySkeleton = new Map<string, Set<string>>();
  const plainOf = new Map<string, string>();
  for (const p of snapshot.participants) {
    // A checked name brings its plain form along; others (still being checked) are worked out here.
    const status = statuses?.get(p.name);
    const checked = status !== undefined && status.match !== 'error';
    if (checked ? status.reason === 'default' : isDefault(p.name)) continue;
    const plain = checked ? status.plain : normaliseName(p.name);
    if (plain === '') continue;
    plainOf.set(p.id, plain);
    const ids = byPlain.get(plain);
    if (ids) ids.push(p.id);
    else byPlain.set(plain, [p.id]);
    if (checked && status.skeleton) bySkeleton.set(status.skeleton, (bySkeleton.get(status.skeleton) ?? new Set()).add(plain));
  }
  const lookalikePlains = new Set<string>();
  for (const plains of bySkeleton.values()) if (plains.size > 1) for (const plain of plains) lookalikePlains.add(plain);

  const findings: Finding[] = [];
  for (const p of snapshot.participants) {
    const plain = plainOf.get(p.id);
    if (p.isSelf || plain === undefined) continue;
    const same = (byPlain.get(plain)?.length ?? 0) > 1;
    if (!same && !lookalikePlains.has(plain)) continue;
    findings.push({ kind: 'duplicate-name', key: `duplicate-name:${p.id}:${p.name}`, severity: 'reminder', participantId: p.id, name: p.name, match: same ? 'same' : 'lookalike' });
  }
  return findings;
};
