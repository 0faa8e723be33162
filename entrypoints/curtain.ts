import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCurtain, type Curtain } from '../components/curtain/curtain';
import { curtainHook } from '../utils/call/curtain-hook';
import { t } from '../utils/platform/i18n';
import { CURTAIN_KEY } from '../utils/call/curtain-state';

// Injected by the background into a group call's frames (the extension's own world) on the first
// press of the curtain's shortcut or button, so the call content script stays within its size
// budget. Injected again (an update, a new frame), it keeps the curtain already there.
export default defineUnlistedScript(() => {
  const world = globalThis as { [CURTAIN_KEY]?: Curtain['run'] };
  if (world[CURTAIN_KEY]) return;
  const curtain = createCurtain(document, window, curtainHook, t);
  world[CURTAIN_KEY] = curtain.run;
});
