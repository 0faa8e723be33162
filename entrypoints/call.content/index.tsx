import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Overlay } from '../../components/overlay/Overlay';
import { OVERLAY_HOST_NAME } from '../../components/overlay/host';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { BRIDGE_HELLO } from '../../utils/clients/bridge-hello';
import { HOSTED_CALL_MATCHES } from '../../utils/clients/hosts';
import { pickAdapter } from '../../utils/clients/registry';
import { createFindingsState } from './findings-state';
import { startCallLoop } from './loop';
import { reportTabState } from './report';

export default defineContentScript({
  matches: HOSTED_CALL_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = pickAdapter(document, new URL(location.href));
    if (!adapter) return;

    const ui = await createShadowRootUi(ctx, {
      name: OVERLAY_HOST_NAME,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: overlayCss,
      // Keys typed in our buttons must not reach the call's keyboard shortcuts (M mutes…).
      isolateEvents: true,
      onMount: (container) => container,
    });
    ui.mount();

    const state = await createFindingsState({
      signal: ctx.signal,
      url: location.href,
      onChange(visible) {
        render(<Overlay findings={visible} onHide={state.hide} onKeepName={state.keepName} />, ui.uiContainer);
        reportTabState(adapter, state.snapshot, visible);
      },
    });
    ctx.onInvalidated(() => render(null, ui.uiContainer));

    startCallLoop({
      adapter,
      doc: document,
      win: window,
      signal: ctx.signal,
      isOwnNode: (node) => ui.shadowHost === node || ui.shadowHost.contains(node) || node.getRootNode() === ui.shadow,
      onSnapshot: state.setSnapshot,
    });

    // The client's own state (Jitsi's redux store) lives in page globals: its MAIN-world
    // bridge posts plain data, which the loop parses as untrusted input. Ask it for the latest.
    if (adapter.bridge) window.postMessage({ source: BRIDGE_HELLO }, location.origin);
  },
});
