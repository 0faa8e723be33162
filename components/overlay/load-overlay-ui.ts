import { browser } from 'wxt/browser';
import { OVERLAY_UI_REQUEST } from '../../utils/platform/messages';
import { OVERLAY_UI_KEY, type CreateOverlayUi } from './overlay-ui-api';

/**
 * The notices' script, asked of the background for this frame (it answers once the script has run)
 * and taken from the extension's world, where it left its factory. Asked anew for each group call:
 * after an update, a copy left by the previous version is not the one to draw with.
 */
export async function loadOverlayUi(): Promise<CreateOverlayUi> {
  const world = globalThis as Record<string, unknown>;
  delete world[OVERLAY_UI_KEY];
  await browser.runtime.sendMessage(OVERLAY_UI_REQUEST);
  const create = world[OVERLAY_UI_KEY];
  if (typeof create !== 'function') throw new Error('the notices were not injected');
  return create as CreateOverlayUi;
}
