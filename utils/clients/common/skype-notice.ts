/**
 * Skype ended on 5 May 2025; its calls moved to the free Microsoft Teams (teams.live.com), which
 * Vertraulich covers. Nothing is injected into Skype's pages: the popup only says so.
 */
export const SKYPE_END_DATE = '2025-05-05';

/** Should the popup tell that Skype ended and Teams is covered, for a tab at `tabUrl`? */
export function showsSkypeNotice(tabUrl: string | null | undefined): boolean {
  if (!tabUrl) return false;
  try {
    const { protocol, hostname } = new URL(tabUrl);
    return (protocol === 'https:' || protocol === 'http:') && (hostname === 'skype.com' || hostname.endsWith('.skype.com'));
  } catch {
    return false;
  }
}
