import { browser } from 'wxt/browser';

/** The name of the port each call page's content script opens (utils/call/quiet-context.ts). */
export const CALL_PAGE_PORT = 'call-page';

/**
 * Keep the call pages' ports open. They carry no messages: a content script learns from its port
 * closing that the extension was reloaded or updated, and stops, without any sign in the page.
 */
export function holdCallPagePorts(): void {
  const open = new Set<ReturnType<typeof browser.runtime.connect>>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CALL_PAGE_PORT || port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    open.add(port);
    port.onDisconnect.addListener(() => open.delete(port));
  });
}
