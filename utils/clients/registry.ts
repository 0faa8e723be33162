import { bbbAdapter } from './bbb/adapter';
import { jitsiAdapter } from './jitsi/adapter';
import { meetAdapter } from './meet/adapter';
import { teamsAdapter } from './teams/adapter';
import type { ClientAdapter } from './types';
import { zoomAdapter } from './zoom/adapter';

/** Every client adapter. A meta-test checks each has fixtures for pre-join and in-call. */
export const ADAPTERS: readonly ClientAdapter[] = [jitsiAdapter, zoomAdapter, teamsAdapter, meetAdapter, bbbAdapter];

export function pickAdapter(doc: Document, url: URL): ClientAdapter | null {
  // The content script runs in all frames (Zoom's call is in an iframe); elsewhere only the top frame reads.
  const view = doc.defaultView;
  const inFrame = view !== null && view !== view.top;
  return ADAPTERS.find((adapter) => (!inFrame || adapter.inFrames) && adapter.recognises(doc, url)) ?? null;
}
