/**
 * Match patterns of the hosted call clients, the only hosts in the manifest.
 * Self-hosted servers are asked for at run time, never listed here.
 */
export const JITSI_MATCHES = ['https://meet.jit.si/*', 'https://8x8.vc/*'];

/** Zoom's web client: app.zoom.us, zoom.us and company subdomains (acme.zoom.us), all under /wc/. */
export const ZOOM_MATCHES = ['https://zoom.us/wc/*', 'https://*.zoom.us/wc/*'];
/** Teams for work and school, and the free Teams (teams.live.com) that replaced Skype. */
export const TEAMS_MATCHES = ['https://teams.microsoft.com/*', 'https://teams.live.com/*'];
export const MEET_MATCHES = ['https://meet.google.com/*'];

export const HOSTED_CALL_MATCHES = [...JITSI_MATCHES, ...ZOOM_MATCHES, ...TEAMS_MATCHES, ...MEET_MATCHES];
