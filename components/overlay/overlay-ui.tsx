import { render } from 'preact';
import { Overlay } from './Overlay';
import overlayCss from './overlay.css?inline';
import type { CreateOverlayUi } from './overlay-ui-api';
import { createTrayPlacer } from './tray-placer';

/** The tray for one call, placed off the client's controls (tray-placer.ts). */
export const createOverlayUi: CreateOverlayUi = (win, regions, signal) => {
  const placer = createTrayPlacer(win, regions, signal);
  return {
    css: overlayCss,
    draw: (container, props) => render(<Overlay {...props} placer={placer} />, container),
    clear: (container) => render(null, container),
    nudge: placer.nudge,
  };
};
