import { jitsiAdapter } from './jitsi';
import type { ClientAdapter } from './types';

/** Every client adapter. A meta-test checks each has fixtures for pre-join and in-call. */
export const ADAPTERS: readonly ClientAdapter[] = [jitsiAdapter];

export function pickAdapter(doc: Document, url: URL): ClientAdapter | null {
  return ADAPTERS.find((adapter) => adapter.recognises(doc, url)) ?? null;
}
