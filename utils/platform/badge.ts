import type { TabState } from './messages';

/** Nothing on a call that is not the group's; "?": cannot read the page; a number: open notices; "•": on a call page, the quick check is still to do. */
export function badgeText(state: TabState): string {
  // A call that is not the group's: nothing was checked, so nothing to count (the popup says so).
  if (!state.groupCall) return '';
  if (state.unreadable) return '?';
  // Part of the call checked: how much, in the few characters a badge has ("12%"); the title says "12 of 100".
  if (state.coverage) return `${Math.min(99, Math.floor((100 * state.coverage.checked) / state.coverage.total))}%`;
  if (state.openFindings > 0) return String(Math.min(state.openFindings, 99));
  return state.client !== null && !state.quickCheckDone ? '•' : '';
}
