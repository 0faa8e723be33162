import { injectIntoFrame } from './inject-into-frame';
import { isOverlayUiRequest } from './messages';

/** The call's notices in the build (entrypoints/overlay-ui.ts). */
export const OVERLAY_UI_SCRIPT = '/overlay-ui.js';

/**
 * "Inject the notices into my frame": into the extension's isolated world of the frame that asked,
 * where its call content script runs (components/overlay/overlay-ui-api.ts). Null for any other message.
 */
export function answerOverlayUiRequest(message: unknown, tabId: number, frameId = 0): Promise<boolean> | null {
  if (!isOverlayUiRequest(message)) return null;
  return injectIntoFrame(tabId, frameId, OVERLAY_UI_SCRIPT);
}
