/**
 * BigBlueButton has no hosted service: every server is self-hosted (added by the person, or enabled
 * once in the popup) and recognised by its markup and paths (adapter.ts).
 */
export const BBB_MATCHES: string[] = [];
