import type { TabState } from './messages';

/** "?": cannot read the page; a number: open notices; "•": on a call page, the quick check is still to do. */
export function badgeText(state: TabState): string {
  if (state.unreadable) return '?';
  if (state.openFindings > 0) return String(Math.min(state.openFindings, 99));
  return state.client !== null && !state.quickCheckDone ? '•' : '';
}
