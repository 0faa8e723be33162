import { curtain as bbb } from './bbb/curtain';
import { curtain as jitsi } from './jitsi/curtain';
import { curtain as meet } from './meet/curtain';
import { curtain as nextcloudTalk } from './nextcloud-talk/curtain';
import { curtain as teams } from './teams/curtain';
import { curtain as zoom } from './zoom/curtain';

/**
 * Where a client's page shows people or what they write, for the privacy curtain
 * (components/curtain/). CSS selectors, each possibly a list; '' where the client has no such region.
 * Site knowledge, so each table lives in its client's folder (utils/clients/<id>/curtain.ts).
 */
export interface CurtainRegions {
  /**
   * The call's main area (stage or gallery). When none of it is in the page (a layout these
   * selectors do not know, the pre-join screen), the curtain covers the whole page instead:
   * a partial curtain with gaps would be worse than one that also covers the controls.
   */
  stage: string;
  /** Video tiles, the large video. */
  tiles: string;
  /** Every element that shows one person's name: under videos, in lists, as a chat message's sender. */
  names: string;
  /** Participant and lobby lists. */
  lists: string;
  /** Join and leave notifications, raised hands. */
  toasts: string;
  /** The chat. */
  chat: string;
  /** A shared screen or presentation. */
  share: string;
  /** The client's own controls (mute, leave): left uncovered, so the call can be run while hidden. */
  controls: string;
}

/** Keyed by the adapter's id (utils/clients/registry.ts). */
export const CURTAIN_REGIONS: Readonly<Record<string, CurtainRegions>> = {
  bbb,
  jitsi,
  meet,
  'nextcloud-talk': nextcloudTalk,
  teams,
  zoom,
};
