// The background's part of the roster check: it injects the roster engine into a call frame that
// asks for it (kept out of the call content script's bundle, see engine/index.ts), and, if the person
// allowed it, shows a system notification when someone not on the list joins a call whose tab is
// in the background. The notification names nobody: the message carries a count only.
import { browser } from 'wxt/browser';
import { t } from '../platform/i18n';
import { injectIntoFrame } from '../platform/inject-into-frame';
import { isRosterEngineRequest, parseRosterJoined } from '../platform/messages';
import { ENGINE_SCRIPT } from './messages';
import { notificationsPermission } from './permission';


/** 48×48 PNG, the extension's "V" (Chrome needs an icon for a basic notification; the package has none). */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA+UlEQVR42u2aQRKEMAgE/dE+zafsk92jHtwyMDNAiFR5FKcxCQlk21477bN/j5FnStHlYFDhaSBs4WEgauFSkGjxVIgs8RSIbPEQRBXxLohq4s0Qdy//M1SUxS8U/QoAQxDWDyEQHp/Q2I8CcM8FRcQUvqCVRw3gXpEiIsf0Aa39KgB3Togcv8x5BGVeNgCUmZcE8Ihh55EXwDIhFVsRyvYZBaBsrxUAV3GK6NMARqKr2orLAZ6MekKLhqAfL5cHsEDIDvizAMjKKekAERDy2tD0ABGJLaUyV+EPrFPcbVFeb9HgaNFiatHka9FmbdPobnPVoM1lj2z7AYK/WBGwaEpAAAAAAElFTkSuQmCC';

const PREFIX = 'vertraulich-roster-';

/** The answer to a roster message from a call tab's frame, or null when the message is about something else. */
export function answerRosterMessage(message: unknown, tabId: number, frameId = 0): Promise<unknown> | null {
  if (isRosterEngineRequest(message)) {
    // Into the extension's isolated world of that frame, where the call content script runs.
    return injectIntoFrame(tabId, frameId, ENGINE_SCRIPT);
  }
  const joined = parseRosterJoined(message);
  if (joined) return notifyJoined(tabId, joined.count).catch(() => undefined);
  return null;
}

async function notifyJoined(tabId: number, count: number): Promise<void> {
  // An optional permission: without it the API is not even there (Chrome), and nothing is shown.
  if (!(await browser.permissions.contains(notificationsPermission()))) return;
  const notifications = browser.notifications;
  if (!notifications) return;
  listenForClicks();
  await notifications.create(`${PREFIX}${tabId}`, {
    type: 'basic',
    iconUrl: ICON,
    title: t('extName'),
    message: count === 1 ? t('rosterNotifyOne') : t('rosterNotifyMany', [String(count)]),
  });
}

let listening = false;

/** A click on the notification brings its call tab to the front. Safe to call often. */
export function listenForClicks(): void {
  const notifications = browser.notifications;
  if (listening || !notifications) return;
  listening = true;
  notifications.onClicked.addListener((id) => {
    if (!id.startsWith(PREFIX)) return;
    const tabId = Number(id.slice(PREFIX.length));
    void notifications.clear(id);
    if (!Number.isInteger(tabId)) return;
    void browser.tabs
      .update(tabId, { active: true })
      .then((tab) => (tab?.windowId === undefined ? undefined : browser.windows.update(tab.windowId, { focused: true })))
      .catch(() => undefined);
  });
}

/** At start-up (clicks may wake the background) and when the person allows notifications. */
export function startRosterNotifications(): void {
  listenForClicks();
  browser.permissions.onAdded.addListener(() => listenForClicks());
}
