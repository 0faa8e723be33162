import { CLIENTS } from './registry';
import type { ClientAdapter } from './types';

/**
 * The adapters of the clients in the registry, each from `utils/clients/<id>/adapter.ts`
 * (`createAdapter`). Found by folder so that adding a client stays one registry line.
 * Factories, not adapters: an adapter may remember things during one call (the name typed before
 * joining), so every call page, and every test, gets adapters of its own.
 */
const factories = import.meta.glob<() => ClientAdapter>('./*/adapter.ts', { eager: true, import: 'createAdapter' });

export interface AdapterEntry {
  id: string;
  create: () => ClientAdapter;
}

// A missing adapter.ts fails the type-free lookup here only at run time, so registry.test.ts checks it.
export const ADAPTERS: readonly AdapterEntry[] = CLIENTS.map(({ id }) => ({ id, create: factories[`./${id}/adapter.ts`]! }));

/** The adapter for this page, new for it; null when no client claims the page. */
export function pickAdapter(doc: Document, url: URL): ClientAdapter | null {
  // The content script runs in all frames (Zoom's call is in an iframe); elsewhere only the top frame reads.
  const view = doc.defaultView;
  const inFrame = view !== null && view !== view.top;
  for (const { create } of ADAPTERS) {
    const adapter = create();
    if ((!inFrame || adapter.inFrames) && adapter.recognises(doc, url)) return adapter;
  }
  return null;
}
