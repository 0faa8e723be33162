import { browser } from 'wxt/browser';
import type { CallScriptRequest } from '../platform/messages';

/** A self-hosted client's id and its recogniser (utils/clients/<id>/recognise.ts). */
export type SelfHostedClient = readonly [id: string, recognises: (doc: Document, url: URL) => boolean];

/**
 * The loader on a server the person added: which of the clients groups run themselves is this
 * page? Their recognisers tell by the markup; the background then starts that client's own checks
 * in this frame (utils/clients/call-scripts.ts callScriptOf). The loader reads nothing else and
 * shows nothing; a page no client claims is left alone.
 */
export async function loadSelfHostedChecks(clients: readonly SelfHostedClient[]): Promise<void> {
  const url = new URL(location.href);
  const client = clients.find(([, recognises]) => recognises(document, url));
  if (!client) return;
  const request: CallScriptRequest = { type: 'call-script', client: client[0] };
  await browser.runtime.sendMessage(request).catch(() => undefined);
}
