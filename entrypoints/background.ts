import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { answerRulesMessage, startRuleSets } from '../utils/rules/writer/background';
import { migrateKeptNames } from '../utils/platform/migrate-kept-names';
import { startSelfHostedServers } from '../utils/clients/self-hosted';
import { badgeText } from '../utils/platform/badge';
import { holdCallPagePorts } from '../utils/platform/call-page-ports';
import { reinjectIntoOpenCalls } from '../utils/platform/reinject';
import { openWelcomeOnInstall } from '../components/welcome/open-on-install';
import { answerRosterMessage, startRosterNotifications } from '../utils/roster/background';
import { answerOverlayUiRequest } from '../utils/platform/overlay-ui-script';
import { CALL_URL_CHANGED, parseCallScriptRequest, parsePageScriptsRequest, parseTabStateMessage, type TabState } from '../utils/platform/messages';
import { createPageWorldStarter, startSelfHostedChecks } from '../utils/platform/page-world-scripts';
import { migrateStorage, prefsItem, tabStateKey } from '../utils/platform/storage';
import { CURTAIN_SHORTCUTS, runCurtain } from '../utils/platform/curtain-command';
import { TEST_BUILD } from '../utils/call/test-build';

/**
 * The background keeps per-tab state for the badge and the popup, and is the one writer of the
 * rule sets' storage (utils/rules/writer/). Its only requests are the checks of followed rule sets.
 */

export default defineBackground(() => {
  const startPageWorld = createPageWorldStarter();
  // Stored values are brought up to the shapes this version reads (utils/platform/storage.ts).
  // Then names kept in clear by older versions become keyed hashes (utils/platform/kept-names.ts).
  void migrateStorage().then(migrateKeptNames);
  // Self-hosted call servers the person added: their content scripts stay registered (utils/clients/self-hosted.ts).
  startSelfHostedServers();
  // Calls already open when the extension is installed or updated get the new content scripts.
  browser.runtime.onInstalled.addListener(() => void reinjectIntoOpenCalls());
  // A first install opens the welcome page once; an update does not.
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details));
  // Their predecessors learn from their port closing that they are left behind, and stop.
  holdCallPagePorts();
  // Admin policy, followed rule sets, and every change options and popup ask for (one queue).
  startRuleSets();

  // Clicking a roster notification brings its call tab to the front (utils/roster/background.ts).
  startRosterNotifications();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const rulesAnswer = answerRulesMessage(message, sender);
    if (rulesAnswer) return rulesAnswer;
    const tabId = sender.tab?.id;
    // Only our own content scripts in a tab talk to us; anything else is ignored.
    if (tabId === undefined || sender.id !== browser.runtime.id) return;
    // Roster checks: inject the roster engine, and "someone unknown joined while the tab was hidden".
    const rosterAnswer = answerRosterMessage(message, tabId, sender.frameId);
    if (rosterAnswer) return rosterAnswer;
    // A group's call has its first notice to show: inject the notices (the tray) into that frame.
    const overlayUi = answerOverlayUiRequest(message, tabId, sender.frameId);
    if (overlayUi) return overlayUi;
    // A group's call: its client's scripts in the page's own world (none on any other call).
    // A server of the person's own: its loader recognised the client; start that client's checks.
    const callScript = parseCallScriptRequest(message);
    if (callScript) return startSelfHostedChecks(callScript, tabId, sender.frameId ?? 0);
    const pageScripts = parsePageScriptsRequest(message);
    if (pageScripts) return startPageWorld(pageScripts, tabId, sender.frameId ?? 0, (sender as { documentId?: string }).documentId);
    const report = parseTabStateMessage(message);
    if (!report) return;
    // The top frame speaks for the tab; a sub-frame only when it holds the call (Zoom's iframe#webclient).
    if (sender.frameId && report.state.client === null) return;
    void showTabState(tabId, report.state).then(() => watchScreenShare(tabId, report.state));
  });

  // The privacy curtain's shortcuts (manifest `commands`): on the tab they were pressed in, only if it holds a group's call.
  const onCurtainShortcut = async (command: string, tab?: { id?: number }): Promise<unknown> => {
    const curtain = CURTAIN_SHORTCUTS[command];
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    return curtain && tabId !== undefined ? runCurtain(tabId, curtain) : null;
  };
  browser.commands.onCommand.addListener((command, tab) => void onCurtainShortcut(command, tab));
  // Tests cannot press an extension's shortcut: test builds let them call the same listener.
  if (TEST_BUILD) (globalThis as { vertraulichShortcut?: typeof onCurtainShortcut }).vertraulichShortcut = onCurtainShortcut;

  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(tabStateKey(tabId)));
  // A tab that navigates starts from nothing; its content script reports again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void clearTabState(tabId);
      curtainWatched.delete(tabId);
    }
    // A single-page client moved to another meeting without a reload: is that one the group's?
    else if (change.url) void browser.tabs.sendMessage(tabId, CALL_URL_CHANGED).catch(() => undefined);
  });
});

/** Tabs whose call page's curtain already follows their screen sharing (since their last load). */
const curtainWatched = new Set<number>();

/** "Hide names while I share my screen", when the person chose it: the curtain follows the call's sharing from its start. */
async function watchScreenShare(tabId: number, state: TabState): Promise<void> {
  if (!state.groupCall || curtainWatched.has(tabId)) return;
  if ((await prefsItem.getValue()).curtainWhileSharing !== true) return;
  curtainWatched.add(tabId);
  if ((await runCurtain(tabId, 'watch-share').catch(() => null)) === null) curtainWatched.delete(tabId);
}

async function showTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(tabStateKey(tabId), state);
  await browser.action.setBadgeText({ tabId, text: badgeText(state) });
  // Amber for notices, not alarm red: the tone is calm. Blue: only the quick check is left.
  const color = state.unreadable ? '#5f6b7a' : state.openFindings > 0 ? '#b45309' : '#2f6f8f';
  await browser.action.setBadgeBackgroundColor({ tabId, color });
}

async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabStateKey(tabId));
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
}
