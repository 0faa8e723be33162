import type { ClientAdapter } from '../clients/types';
import type { OverlayHost } from './overlay-host';
import type { FindingsState } from './session';

/**
 * What the privacy curtain (entrypoints/curtain.ts, injected by the background on the first
 * press of its shortcut) needs of a group call's page: the client (its id), for its regions
 * (utils/clients/curtain-regions.ts), the overlay's host, to draw in, the call's signal, which
 * ends it, and its latest snapshot. Left on the global of the extension's isolated world, which the page cannot see, and
 * only once the call is checked as the group's: on any other call the curtain finds nothing and
 * adds nothing. One assignment in the call script, whose size budget has no room for more.
 */
export interface CurtainHook {
  adapter: Pick<ClientAdapter, 'id'>;
  ui: OverlayHost;
  signal: AbortSignal;
  /** The latest snapshot: is the person sharing their screen (names hidden meanwhile, if they chose so)? */
  state: Pick<FindingsState, 'snapshot'>;
}

/** The call page sets it (components/overlay/start-call-page.ts), in place: a function would cost bytes. */
export type CurtainWorld = { vertraulichCall?: CurtainHook };

/** The call page's hook in this frame, while its checks run. */
export function curtainHook(): CurtainHook | undefined {
  const hook = (globalThis as CurtainWorld).vertraulichCall;
  return hook && !hook.signal.aborted ? hook : undefined;
}
