import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OVERLAY_UI_KEY } from '../components/overlay/overlay-ui-api';
import { createOverlayUi } from '../components/overlay/overlay-ui';

// Injected by the background into a group call's frame (the extension's own world) once the call
// is known to be the group's (components/overlay/overlay-ui-api.ts says why it is a script of its own).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[OVERLAY_UI_KEY] = createOverlayUi;
});
