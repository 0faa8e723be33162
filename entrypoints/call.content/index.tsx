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
import { keepHostAttached } from './keep-host';
import { startCallLoop } from './loop';
import { reportTabState } from './report';
import { answerStatsRequests } from './stats';

export default defineContentScript({
  matches: HOSTED_CALL_MATCHES,
  // Zoom's web app shows the call in a same-origin iframe#webclient; pickAdapter keeps every other
  // client to the top frame (see utils/clients/zoom.ts).
  allFrames: true,
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
    keepHostAttached(ui.shadowHost, document, ctx.signal);

    const state = await createFindingsState({
      signal: ctx.signal,
      url: location.href,
      onChange(view) {
        // The quick check is offered on the pre-join screen until it is done for this call today.
        const offerQuickCheck = state.snapshot?.phase === 'prejoin' && !view.quickCheckDone;
        render(
          <Overlay
            findings={view.findings}
            quickCheck={offerQuickCheck ? state.completeQuickCheck : null}
            onHide={state.hide}
            onKeepName={state.keepName}
            onSnooze={state.snoozeReminders}
          />,
          ui.uiContainer,
        );
        reportTabState(adapter, state.snapshot, view);
      },
    });
    ctx.onInvalidated(() => render(null, ui.uiContainer));

    const loop = startCallLoop({
      adapter,
      doc: document,
      win: window,
      signal: ctx.signal,
      isOwnNode: (node) => ui.shadowHost === node || ui.shadowHost.contains(node) || node.getRootNode() === ui.shadow,
      onSnapshot: state.setSnapshot,
    });
    answerStatsRequests(document, loop, ctx.signal); // a read count for tests/bench, nothing else

    // The client's own state (Jitsi's redux store) lives in page globals: its MAIN-world
    // bridge posts plain data, which the loop parses as untrusted input. Ask the bridges (and
    // the screen-sharing watch) for their latest state.
    window.postMessage({ source: BRIDGE_HELLO }, location.origin);
  },
});
