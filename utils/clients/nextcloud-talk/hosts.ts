/**
 * Nextcloud Talk has no hosted service of its own: it runs on each association's Nextcloud, added
 * by the person (or enabled once in the popup) and recognised by its markup and paths (adapter.ts).
 */
export const NEXTCLOUD_TALK_MATCHES: string[] = [];
