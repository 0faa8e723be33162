import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { Overlay } from '../../components/overlay/Overlay';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { BRIDGE_HELLO } from '../../utils/platform/messages';
import { HOSTED_CALL_MATCHES } from '../../utils/clients/common/hosts';
import { pickAdapter } from '../../utils/clients/registry';
import type { Finding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import { createFindingsState } from '../../utils/call/session';
import { createOverlayHost } from '../../utils/call/overlay-host';
import { startCallLoop } from '../../utils/call/loop';
import { createTabReporter } from '../../utils/call/report';
import { answerStatsRequests } from '../../utils/call/stats';
import { TEST_BUILD } from '../../utils/call/test-build';
import type { Badges } from '../../utils/roster/engine-api';

export default defineContentScript({
  matches: HOSTED_CALL_MATCHES,
  // Zoom's web app shows the call in a same-origin iframe#webclient; pickAdapter keeps every other
  // client to the top frame (see utils/clients/zoom/adapter.ts).
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = pickAdapter(document, new URL(location.href));
    if (!adapter) return;

    // Added to the page with the first thing to show, removed with the last (utils/call/overlay-host.ts).
    const ui = createOverlayHost(document, overlayCss, ctx.signal);
    // "Not on the list" badges on tiles and rows (components/overlay/badges.ts), once the roster
    // engine they come with is loaded; without findings given, they look again where they belong.
    let badges: Badges | null = null;
    const syncBadges = (findings?: Finding[]) => {
      const engine = state.rosterEngine;
      if (!badges && engine) badges = engine.createBadges(document, adapter, t, ui);
      if (findings) badges?.sync(findings);
      else badges?.resync();
    };
    const reportTabState = createTabReporter(adapter);
    const rosterHelp = adapter.rosterHelpKey ? t(adapter.rosterHelpKey) : null;

    const state = await createFindingsState({
      signal: ctx.signal,
      url: location.href,
      onChange(view) {
        // The quick check is offered on the pre-join screen until it is done for this call today.
        const offerQuickCheck = state.snapshot?.phase === 'prejoin' && !view.quickCheckDone;
        if (view.findings.length === 0 && !offerQuickCheck && !view.rosterCard) {
          if (ui.mounted) render(null, ui.mounted.uiContainer);
          ui.hide();
        } else render(
          <Overlay
            findings={view.findings}
            rosterCard={view.rosterCard}
            quickCheck={offerQuickCheck ? state.completeQuickCheck : null}
            onHide={state.hide}
            onKeepName={state.keepName}
            onSnooze={state.snoozeReminders}
            roster={{ onKnown: state.knownForCall, onAddToList: state.addToList, canAdd: state.hasRoster, help: rosterHelp }}
          />,
          ui.show().uiContainer,
        );
        syncBadges(view.findings);
        reportTabState(state.snapshot, view);
      },
    });
    ctx.onInvalidated(() => {
      if (ui.mounted) render(null, ui.mounted.uiContainer);
      badges?.sync([]);
    });

    const loop = startCallLoop({
      adapter,
      doc: document,
      win: window,
      signal: ctx.signal,
      isOwnNode: (node) => {
        const own = ui.owns(node);
        // A relevant page change (asked once per batch) may have re-rendered a tile without its
        // badge, and an unchanged snapshot does not reach the findings: the badges look again.
        if (!own) queueMicrotask(() => syncBadges());
        return own;
      },
      // An older copy of this script left behind by an update stops at its next read.
      onSnapshot: (snapshot) => {
        if (ctx.isValid) state.setSnapshot(snapshot);
      },
    });
    // A read count for tests and benchmarks, in test builds only: a shipped build answers no page event.
    if (TEST_BUILD) answerStatsRequests(document, loop, ctx.signal);

    // The client's own state (Jitsi's redux store) lives in page globals: its MAIN-world
    // bridge posts plain data, which the loop parses as untrusted input. Ask the bridges (and
    // the screen-sharing watch) for their latest state.
    window.postMessage({ source: BRIDGE_HELLO }, location.origin);
  },
});
