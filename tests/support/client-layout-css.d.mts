export const CLIENT_LAYOUT_CSS: Record<'jitsi' | 'zoom' | 'teams' | 'meet' | 'bbb' | 'nextcloud-talk', string>;
