import type { Finding } from '../checks/guards/types';

/**
 * Who among the people flagged as not (or only seemingly) on the list is new since the last look:
 * participant ids only, no names. Returns the ids flagged now (to remember) and how many are new.
 */
export function flaggedNewcomers(before: ReadonlySet<string>, findings: readonly Finding[]): { now: Set<string>; added: number } {
  const now = new Set(
    findings.filter((f) => f.kind === 'unknown-participant' || f.kind === 'lookalike-name').map((f) => f.participantId ?? ''),
  );
  now.delete('');
  return { now, added: [...now].filter((id) => !before.has(id)).length };
}
