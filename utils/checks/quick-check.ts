import { meetingKey } from '../rules/resolve';

/** The quick check before joining, in the order it is asked. Texts: quickCheck_<id> in the locales. */
export const QUICK_CHECK_ITEMS = ['alone', 'headphones', 'notifications', 'shown-name', 'no-recordings'] as const;
export type QuickCheckItem = (typeof QUICK_CHECK_ITEMS)[number];

/** Meeting → the day (YYYY-MM-DD, local time) the quick check was done for it. */
export type QuickChecks = Record<string, string>;

export function localDay(now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Done for this meeting today? (Kept for the day and the meeting link.) */
export function quickCheckDone(checks: QuickChecks, url: string, now: number): boolean {
  const key = meetingKey(url);
  return key !== null && Object.hasOwn(checks, key) && checks[key] === localDay(now);
}

/** The checks with this meeting marked done today; older days are dropped (nothing piles up). */
export function markQuickCheckDone(checks: QuickChecks, url: string, now: number): QuickChecks {
  const key = meetingKey(url);
  const today = localDay(now);
  const kept = Object.fromEntries(Object.entries(checks).filter(([, day]) => day === today));
  return key === null ? kept : { ...kept, [key]: today };
}
