// The curtain's look: a plain, calm surface. No animation at all, so it is there within one frame
// and nothing moves for people who ask for reduced motion; system colours in forced-colors mode.
// Names only lies under our tray (which covers its own names, below), so the tray takes its clicks.
// Names only, in our own tray: what quotes a name ([data-quotes-name], marked by the overlay) is
// drawn without its text (not even under forced colours or in a selection), a grey block in its
// place, but for the one under the pointer and the person ([data-person]) whose part has focus.
export const CURTAIN_CSS = `
.vc-layer { position: fixed; inset: 0; overflow: hidden; pointer-events: none; z-index: 2147483647; contain: strict; }
.vc-layer[data-curtain="names"] { z-index: 2147483645; }
.vc-cover { position: absolute; pointer-events: auto; background: #e8edf1; }
.vc-name { position: absolute; pointer-events: auto; background: rgb(232 237 241 / 0.85);
  backdrop-filter: blur(8px); -webkit-backdrop-filter: blur(8px); border-radius: 3px; }
.vc-name:hover, .vc-name:focus-visible { background: transparent; backdrop-filter: none; -webkit-backdrop-filter: none; }
.vc-name:focus-visible { outline: 2px solid #2f6f8f; outline-offset: 1px; }
.vc-room { position: absolute; display: flex; align-items: safe center; justify-content: safe center; pointer-events: none; }
.vc-card { pointer-events: auto; box-sizing: border-box; flex: none; width: max(200px, min(420px, calc(100% - 24px)));
  padding: 18px 20px; background: #ffffff; color: #1f2933; border: 1px solid #c3ced8; border-radius: 10px;
  font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: center; }
.vc-card p { margin: 0 0 12px; }
.vc-card button { font: inherit; padding: 8px 16px; border-radius: 8px; border: 1px solid #2f6f8f;
  background: #2f6f8f; color: #ffffff; cursor: pointer; }
.vc-card button:focus-visible { outline: 3px solid #1f2933; outline-offset: 2px; }
[data-overlay-root][data-curtained="call"] { display: none !important; }
[data-overlay-root][data-curtained="names"] [data-quotes-name]:not(:hover, [data-person]:focus-within *) {
  color: transparent; -webkit-text-fill-color: transparent; text-shadow: none; background: #dfe5ea; border-radius: 3px;
  forced-color-adjust: none; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
[data-overlay-root][data-curtained="names"] [data-quotes-name]:not(:hover, [data-person]:focus-within *)::selection { color: transparent; background: transparent; }
@media (forced-colors: active) {
  .vc-cover, .vc-card { background: Canvas; color: CanvasText; border: 1px solid CanvasText; }
  .vc-name { background: Canvas; border: 1px solid CanvasText; }
  .vc-name:hover, .vc-name:focus-visible { background: transparent; }
  .vc-card button { background: ButtonFace; color: ButtonText; border: 1px solid ButtonText; }
  [data-overlay-root][data-curtained="names"] [data-quotes-name]:not(:hover, [data-person]:focus-within *) { background: GrayText; }
}
@media (prefers-reduced-motion: reduce) { .vc-layer * { transition: none !important; animation: none !important; } }
`;
