import { STATS_ANSWER, STATS_REQUEST, type StatsAnswer } from '../platform/messages';

declare const cloneInto: ((value: unknown, scope: object) => unknown) | undefined;

/**
 * For the benchmarks (tests/bench/): how many times the loop read the page, so they can check
 * that churn which cannot change a name triggers no read. Only that count is ever answered:
 * no names, no findings, no settings. The page can see the overlay anyway, so the answer tells
 * it nothing about the user it could not already know.
 */
export function answerStatsRequests(doc: Document, loop: { readonly reads: number }, signal: AbortSignal): void {
  doc.addEventListener(
    STATS_REQUEST,
    () => {
      const detail: StatsAnswer = { reads: loop.reads };
      // Firefox: an object from a content script must be cloned into the page to be readable there.
      const view = doc.defaultView;
      const shared = typeof cloneInto === 'function' && view ? cloneInto(detail, view) : detail;
      doc.dispatchEvent(new CustomEvent(STATS_ANSWER, { detail: shared }));
    },
    { signal },
  );
}
