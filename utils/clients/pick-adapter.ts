import type { ClientAdapter } from './types';

/**
 * The adapter for this page, new for it, from the clients a content script was built with; null
 * when none claims the page. The content script runs in all frames only for clients whose call is
 * in a sub-frame (Zoom's iframe#webclient); elsewhere only the top frame reads.
 */
export function pickAdapter(doc: Document, url: URL, clients: readonly (() => ClientAdapter)[]): ClientAdapter | null {
  const view = doc.defaultView;
  const inFrame = view !== null && view !== view.top;
  for (const create of clients) {
    const adapter = create();
    if ((!inFrame || adapter.inFrames) && adapter.recognises(doc, url)) return adapter;
  }
  return null;
}
