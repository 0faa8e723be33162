import type { OverlayHost } from '../../utils/call/overlay-host';

/**
 * While the curtain is shown, the call page's "nothing left to show" must not take the host, and
 * the curtain in it, out of the page. The call script has no room for a hold of its own (its size
 * budget), so the curtain stands in for the host's hide while shown and does it on release if
 * the page asked meanwhile. The call's end still removes the host: that path calls the host's own
 * hide (utils/call/overlay-host.ts, on its signal), not this property.
 */
export function holdHost(ui: OverlayHost): () => void {
  const { show, hide } = ui;
  let hideWanted = false;
  ui.hide = () => {
    hideWanted = true;
  };
  ui.show = () => {
    hideWanted = false;
    return show();
  };
  return () => {
    ui.hide = hide;
    ui.show = show;
    if (hideWanted) hide();
  };
}
