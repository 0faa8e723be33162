// @ts-check
// The focus guard's proof on Jitsi's tile view, run in the page by both browsers' tests
// (tests/e2e/curtain-focus.spec.ts for Chromium, tests/firefox/curtain.test.mjs for Firefox): one
// definition of what takes focus there and of where focus is.

/** What lies under the whole call's covers: the tiles, the participants pane, the chat. */
export const FOCUS_HIDDEN = 'span.videocontainer, #participants-pane, #sideToolbarContainer';

/**
 * In the page: what the fixture lacks for the keyboard, as Jitsi renders it: a mute button in the
 * toolbox (a control: it stays free), the chat panel with its input and the participants pane
 * with rows that take focus (both covered), all in the page's React root.
 */
export function addFocusablesInPage() {
  const mute = document.createElement('button');
  mute.setAttribute('aria-label', 'Mute');
  mute.style.cssText = 'position: fixed; bottom: 8px; left: 45%; width: 48px; height: 48px;';
  /** @type {HTMLElement} */ (document.querySelector('#new-toolbox')).append(mute);
  // react/features/chat/components/web/Chat.tsx: the panel in #sideToolbarContainer, its input a textarea#usermsg.
  const side = document.createElement('div');
  side.id = 'sideToolbarContainer';
  side.style.cssText = 'position: fixed; top: 0; right: 0; width: 240px; height: 300px; background: #fff;';
  const input = document.createElement('textarea');
  input.id = 'usermsg';
  side.append(input);
  // react/features/participants-pane/components/web/ParticipantsPane.tsx: rows that take focus.
  const pane = document.createElement('div');
  pane.id = 'participants-pane';
  pane.style.cssText = 'position: fixed; top: 320px; right: 0; width: 240px; height: 200px; background: #fff;';
  for (const name of ['Lena', 'Klaus van den Berg']) {
    const row = document.createElement('div');
    row.id = `participant-item-${name.length}`;
    row.tabIndex = 0;
    row.textContent = name;
    pane.append(row);
  }
  // In Jitsi's React root, as Jitsi renders them: before the extension's host in the page's order.
  /** @type {HTMLElement} */ (document.querySelector('#react')).append(side, pane);
}

/**
 * In the page: where focus is: `ours` (the extension's host: the curtain's button), `hidden`
 * (under the covers), `control` (the client's toolbox) or `other` (nothing, the page's body, or
 * anything else).
 * @param {string} hidden FOCUS_HIDDEN
 * @returns {string}
 */
export function whereFocusIsInPage(hidden) {
  const active = document.activeElement;
  if (!active || active === document.body) return 'other';
  if (active.shadowRoot) return 'ours';
  if (active.closest(hidden)) return 'hidden';
  return active.closest('#new-toolbox') ? 'control' : 'other';
}
