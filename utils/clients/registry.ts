import { BBB_MATCHES } from './bbb/hosts';
import { JITSI_MATCHES } from './jitsi/hosts';
import { MEET_MATCHES } from './meet/hosts';
import { NEXTCLOUD_TALK_MATCHES } from './nextcloud-talk/hosts';
import { TEAMS_MATCHES } from './teams/hosts';
import type { CallClient } from './types';
import { ZOOM_MATCHES } from './zoom/hosts';

/**
 * Every call client, one line each, in the order pages are tried. Everything else is derived from
 * this list: the adapters (adapters.ts: the folder utils/clients/<id>/ holds adapter.ts), one call
 * content script per hosted client and one for self-hosted servers (modules/call-scripts.ts), the
 * manifest's hosts, the scripts registered on self-hosted servers and those "Enable Vertraulich
 * here" runs (call-scripts.ts).
 *
 * Plain data on purpose: the MAIN-world scripts take their match patterns from here, and importing
 * the adapters would put all of them into those small scripts.
 */
export const CLIENTS: readonly CallClient[] = [
  { id: 'jitsi', matches: JITSI_MATCHES, bridge: 'jitsi-bridge', selfHosted: true },
  { id: 'zoom', matches: ZOOM_MATCHES, frames: true },
  { id: 'teams', matches: TEAMS_MATCHES },
  { id: 'meet', matches: MEET_MATCHES },
  { id: 'bbb', matches: BBB_MATCHES, selfHosted: true },
  { id: 'nextcloud-talk', matches: NEXTCLOUD_TALK_MATCHES, selfHosted: true },
];
