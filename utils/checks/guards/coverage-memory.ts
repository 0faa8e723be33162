import type { CallSnapshot } from '../../clients/types';

/**
 * Who was ever read in this call, for clients that render only part of it (a virtualised list, a
 * paged gallery): someone checked once stays checked when their row scrolls out of view.
 * `departures` counts the drops of the client's head count: someone left, perhaps someone checked,
 * so that many are taken off the checked (too few checked is honest, too many would not be).
 */
export interface CoverageMemory {
  seen: ReadonlySet<string>;
  departures: number;
  lastCount: number | null;
}

export const freshCoverage = (): CoverageMemory => ({ seen: new Set(), departures: 0, lastCount: null });

/** The memory after a read; the same object when nothing changed. Only readable call reads count. */
export function rememberCoverage(memory: CoverageMemory, snapshot: CallSnapshot): CoverageMemory {
  if (snapshot.phase !== 'in-call' || snapshot.unreadable !== null) return memory;
  const fresh = snapshot.participants.filter((p) => !memory.seen.has(p.id));
  const count = snapshot.headCount ?? null;
  const left = count !== null && memory.lastCount !== null && count < memory.lastCount ? memory.lastCount - count : 0;
  if (fresh.length === 0 && left === 0 && (count === null || count === memory.lastCount)) return memory;
  return {
    seen: fresh.length ? new Set([...memory.seen, ...fresh.map((p) => p.id)]) : memory.seen,
    departures: memory.departures + left,
    lastCount: count ?? memory.lastCount,
  };
}

/** How many of the client's head count were checked, or null when everyone was (or no count is shown). */
export function coverageOf(memory: CoverageMemory, snapshot: CallSnapshot): { checked: number; total: number } | null {
  const total = snapshot.headCount;
  if (!total || snapshot.phase !== 'in-call' || snapshot.unreadable !== null) return null;
  const rendered = snapshot.participants.length;
  const checked = Math.min(total, Math.max(rendered, memory.seen.size - memory.departures));
  return checked < total ? { checked, total } : null;
}
