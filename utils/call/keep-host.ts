/** A page that keeps fighting (removing or hiding us in a loop) gets this many restores, then we stop. */
const MAX_RESTORES = 100;

/**
 * The page can remove or hide our overlay's host element (a framework re-rendering <body>,
 * or on purpose). Notices must not silently vanish: put the host back and make it visible.
 * Watches only the host's parents' child lists and the host's own attributes: cheap.
 */
export function keepHostAttached(host: HTMLElement, doc: Document, signal: AbortSignal): void {
  let restores = 0;
  const restore = () => {
    if (signal.aborted || restores >= MAX_RESTORES) return;
    if (!host.isConnected) {
      restores++;
      (doc.body ?? doc.documentElement).append(host);
      watchParents();
    }
    if (host.hasAttribute('hidden') || host.hasAttribute('style') || host.hasAttribute('inert')) {
      restores++;
      host.removeAttribute('hidden');
      host.removeAttribute('style');
      host.removeAttribute('inert');
    }
  };
  const parents = new MutationObserver(restore);
  const watchParents = () => {
    parents.disconnect();
    parents.observe(doc.documentElement, { childList: true });
    if (host.parentNode && host.parentNode !== doc.documentElement) parents.observe(host.parentNode, { childList: true });
  };
  watchParents();
  const attributes = new MutationObserver(restore);
  attributes.observe(host, { attributes: true, attributeFilter: ['hidden', 'style', 'inert'] });
  signal.addEventListener('abort', () => {
    parents.disconnect();
    attributes.disconnect();
  });
}
