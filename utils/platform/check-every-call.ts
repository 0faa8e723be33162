import { storage } from 'wxt/utils/storage';

/**
 * Which calls Vertraulich checks, as chosen on the welcome page. false (the default): only the
 * group's calls (a rule set lists the link, the person's own servers, calls marked as the
 * group's in the popup; on Jitsi Meet also while nothing is set up yet). true: every call on the
 * call pages Vertraulich can read. Kept apart until it joins utils/platform/storage.ts.
 */
export const checkEveryCallItem = storage.defineItem<boolean>('local:checkEveryCall', { fallback: false });
