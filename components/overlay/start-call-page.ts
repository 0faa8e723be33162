import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { BRIDGE_HELLO, type PageScriptsRequest } from '../../utils/platform/messages';
import { pickAdapter } from '../../utils/clients/pick-adapter';
import type { ClientAdapter } from '../../utils/clients/types';
import type { Finding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import { createFindingsState } from '../../utils/call/session';
import { createOverlayHost } from '../../utils/call/overlay-host';
import type { CurtainWorld } from '../../utils/call/curtain-hook';
import { startCallLoop } from '../../utils/call/loop';
import { watchGroupCall } from '../../utils/call/group-call-watch';
import { createTabReporter, reportNotGroupCall } from '../../utils/call/report';
import { answerStatsRequests } from '../../utils/call/stats';
import { TEST_BUILD } from '../../utils/call/test-build';
import { typeInto } from '../../utils/call/type-into';
import type { FixActions } from './fix-actions';
import { loadOverlayUi } from './load-overlay-ui';
import type { OverlayUi, TrayProps } from './overlay-ui-api';
import type { Badges } from '../../utils/roster/engine-api';

/** What a content script's context offers that the call page needs (utils/call/quiet-context.ts). */
export type CallPageContext = Pick<ContentScriptContext, 'signal' | 'isValid'>;

/**
 * The checks on one call page, for the clients this content script was built with: each hosted
 * client's page loads only its own adapter (modules/call-scripts.ts makes one content script per
 * client from the registry), a self-hosted server's page those of the clients that can be self-hosted.
 */
export async function startCallPage(ctx: CallPageContext, clients: readonly (() => ClientAdapter)[]): Promise<void> {
  const adapter = pickAdapter(document, new URL(location.href), clients);
  if (!adapter) return;

  // Only on the group's calls does anything happen in the page (utils/call/group-call.ts). On any
  // other call: no element, no observer, no message, no page script; the popup offers to check it.
  let call: AbortController | null = null;
  watchGroupCall(adapter, ctx.signal, (decision) => {
    if (decision.group && call === null) {
      call = new AbortController();
      const scope = AbortSignal.any([ctx.signal, call.signal]);
      void runGroupCall({ signal: scope, isValid: () => ctx.isValid && !scope.aborted }, adapter);
    } else if (!decision.group) {
      call?.abort();
      call = null;
      reportNotGroupCall(adapter);
    }
  });
}

interface CallScope {
  signal: AbortSignal;
  isValid(): boolean;
}

/** The checks on a group's call: the overlay, the loop over the page, the client's page scripts. */
async function runGroupCall(ctx: CallScope, adapter: ClientAdapter): Promise<void> {
  // Added to the page with the first thing to show, removed with the last (utils/call/overlay-host.ts).
  const ui = createOverlayHost(document, '', ctx.signal);
  // The tray itself is a script of its own (overlay-ui-api.ts says why), asked for as soon as the
  // call is the group's, while the settings and the page are read for the first time. Until it is
  // there, the latest thing to show waits, and is drawn the moment it arrives.
  let tray: OverlayUi | null = null;
  let shown: TrayProps | null = null;
  let loading = false;
  let retryAt = 0;
  const load = () => {
    if (tray || loading || Date.now() < retryAt || ctx.signal.aborted) return;
    loading = true;
    loadOverlayUi()
      .then(
        (create) => {
          tray = create(window, () => adapter.neededRegions?.(document) ?? [], ctx.signal);
          ui.setStyles(tray.css);
        },
        // Nothing can be shown yet; the badge still says what the call holds. Asked again in 10 s.
        () => {
          retryAt = Date.now() + 10_000;
          setTimeout(load, 10_000);
        },
      )
      .finally(() => {
        loading = false;
        if (tray) draw();
      });
  };
  const draw = () => {
    if (ctx.signal.aborted) return;
    if (!shown) {
      if (tray && ui.mounted) tray.clear(ui.mounted.uiContainer);
      ui.hide();
    } else if (tray) {
      tray.draw(ui.show().uiContainer, shown);
      // The badges draw in the same host: the first time, it is there only now.
      syncBadges();
    } else load();
  };
  load();
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
  const renameHelp = adapter.renameHelpKey ? t(adapter.renameHelpKey) : null;
  const fixFor = (prejoin: boolean): FixActions => ({
    canFill: prejoin && !!adapter.nameField?.(document),
    onUseName(name) {
      const field = adapter.nameField?.(document);
      if (field) typeInto(field, name);
    },
    renameHelp,
  });

  const state = await createFindingsState({
    signal: ctx.signal,
    url: location.href,
    onChange(view) {
      // The quick check is offered on the pre-join screen until it is done for this call today.
      const offerQuickCheck = state.snapshot?.phase === 'prejoin' && !view.quickCheckDone;
      // The tray keeps off the parts of the page the person acts in (the adapter's layout.ts).
      shown =
        view.findings.length === 0 && !offerQuickCheck && !view.rosterCard
          ? null
          : {
              findings: view.findings,
              rosterCard: view.rosterCard,
              quickCheck: offerQuickCheck ? state.completeQuickCheck : null,
              onHide: state.hide,
              onKeepName: state.keepName,
              onSnooze: state.snoozeReminders,
              roster: { onKnown: state.knownForCall, onAddToList: state.addToList, canAdd: state.hasRoster, help: rosterHelp },
              fix: fixFor(state.snapshot?.phase === 'prejoin'),
            };
      draw();
      syncBadges(view.findings);
      reportTabState(state.snapshot, view);
    },
  });
  // The privacy curtain, once the person asks for it, draws in the same host (utils/call/curtain-hook.ts).
  (globalThis as CurtainWorld).vertraulichCall = { adapter, ui, signal: ctx.signal, state };
  ctx.signal.addEventListener('abort', () => {
    if (tray && ui.mounted) tray.clear(ui.mounted.uiContainer);
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
      // The client's controls may have moved with it: the tray looks for its place again.
      if (!own) queueMicrotask(() => {
        syncBadges();
        tray?.nudge();
      });
      return own;
    },
    // An older copy of this script left behind by an update stops at its next read.
    onSnapshot: (snapshot) => {
      if (ctx.isValid()) state.setSnapshot(snapshot);
    },
  });
  // A read count for tests and benchmarks, in test builds only: a shipped build answers no page event.
  if (TEST_BUILD) answerStatsRequests(document, loop, ctx.signal);

  // The client's own state (Jitsi's redux store) lives in page globals: its MAIN-world bridge
  // posts plain data, which the loop parses as untrusted input. The background starts the bridge
  // and the screen-sharing watch in this frame now that the call is the group's; then ask them for
  // their latest state (they also post it when they start).
  const request: PageScriptsRequest = { type: 'page-scripts', client: adapter.id };
  await browser.runtime.sendMessage(request).catch(() => undefined);
  if (!ctx.signal.aborted) window.postMessage({ source: BRIDGE_HELLO }, location.origin);
}
