import type { ClientAdapter } from '../types';

/**
 * For clients that render only part of a call (a virtualised list, a paged gallery) and show their
 * own head count (Zoom, Teams, Meet): remembers everyone read in this call, so someone checked once
 * stays checked when their row scrolls out of view, and sets `coverage` when fewer were checked
 * than the client counts. Each drop of the head count is someone who left, perhaps someone
 * checked: that many are taken off the checked (too few is honest, too many would not be).
 * A wrapper the adapters of those clients opt into, and not part of the call page, so the
 * self-hosted clients' content script (no head count there) does not carry it.
 */
export function withCoverage(adapter: ClientAdapter): ClientAdapter {
  const seen = new Set<string>();
  let departures = 0;
  let lastCount = 0;
  return {
    ...adapter,
    read(doc, bridge) {
      const snapshot = adapter.read(doc, bridge);
      const total = snapshot.headCount;
      if (snapshot.phase !== 'in-call' || snapshot.unreadable !== null || !total) return snapshot;
      for (const p of snapshot.participants) seen.add(p.id);
      if (total < lastCount) departures += lastCount - total;
      lastCount = total;
      const checked = Math.min(total, Math.max(snapshot.participants.length, seen.size - departures));
      return checked < total ? { ...snapshot, coverage: { checked, total } } : snapshot;
    },
  };
}
