// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from './all-adapters';
import type { CallSnapshot, ClientAdapter } from '../../../utils/clients/types';
import { holdUnreadable } from '../../../utils/call/unreadable-hold';
import { parseJitsiBridgeMessage } from '../../../utils/clients/jitsi/bridge-message';
import { clearDocument, loadFixture } from './load-fixture';

afterEach(clearDocument);

/**
 * Drift: a client's new release renames what the adapter looks for. Each drift is applied to the
 * client's own in-call fixture (tests/fixtures/<client>/in-call.html, tile-view.html,
 * redux-state.html): renamed classes, ids or test ids, the outer markers alone, a half-rendered
 * page, Jitsi's state in another shape or missing. The result must be detection (names read) or a
 * client-unreadable that stays through the empty reads after it: never silence.
 */
const adapterOf = (id: string): ClientAdapter => ADAPTERS.find((a) => a.id === id)!.create();

/** Every element matching `selector` loses `attr` (a class name: only that class). */
function strip(selector: string, attr: string, className?: string): void {
  for (const element of document.querySelectorAll(selector)) {
    if (className) element.classList.remove(className);
    else element.removeAttribute(attr);
  }
}
const remove = (selector: string) => document.querySelectorAll(selector).forEach((e) => e.remove());

interface Drift {
  name: string;
  fixture: string;
  apply(): void;
  bridge?: unknown;
}

const DRIFTS: Record<string, Drift[]> = {
  zoom: [
    { name: 'outer marker renamed', fixture: 'in-call.html', apply: () => strip('.meeting-client', 'class', 'meeting-client') },
    { name: 'name classes renamed', fixture: 'in-call.html', apply: () => { strip('.video-avatar__avatar-name', 'class', 'video-avatar__avatar-name'); strip('.participants-item__name-section', 'class', 'participants-item__name-section'); remove('.video-avatar__avatar-footer > span'); } },
    { name: 'tile and row classes renamed', fixture: 'in-call.html', apply: () => { strip('.video-avatar__avatar', 'class', 'video-avatar__avatar'); strip('.participants-item-position', 'class', 'participants-item-position'); } },
    { name: 'half rendered: counts, no tiles or rows', fixture: 'in-call.html', apply: () => { remove('.gallery-video-container__video-frame'); remove('.participants-item-position'); strip('.meeting-client', 'class', 'meeting-client'); } },
  ],
  teams: [
    { name: 'outer markers renamed', fixture: 'in-call.html', apply: () => { strip('#hangup-button', 'id'); strip('[data-tid="hangup-main-btn"]', 'data-tid'); strip('[data-tid="call-duration"]', 'data-tid'); } },
    { name: 'tile and row test ids renamed', fixture: 'in-call.html', apply: () => { strip('[data-cid]', 'data-cid'); strip('[data-tid^="participantsInCall-"]', 'data-tid'); } },
    { name: 'name test id renamed', fixture: 'in-call.html', apply: () => { strip('[data-tid="participant-info-nametag"]', 'data-tid'); strip('[data-tid^="participantsInCall-"]', 'data-tid'); } },
  ],
  meet: [
    { name: 'participant ids renamed', fixture: 'in-call.html', apply: () => { strip('[data-self-name]', 'data-self-name'); strip('[data-participant-id]', 'data-participant-id'); } },
    { name: 'name class renamed', fixture: 'in-call.html', apply: () => { strip('.notranslate', 'class', 'notranslate'); strip('[role="listitem"]', 'aria-label'); } },
  ],
  bbb: [
    { name: 'user list test ids renamed', fixture: 'in-call.html', apply: () => { strip('[data-test^="userListItem"]', 'data-test'); strip('[data-test="webcamVideoItem"]', 'data-test'); } },
    { name: 'outer markers renamed', fixture: 'in-call.html', apply: () => { strip('[data-test="optionsButton"]', 'data-test'); strip('[data-test="userList"]', 'data-test'); strip('[data-test="userListContent"]', 'data-test'); } },
  ],
  'nextcloud-talk': [
    { name: 'call view renamed', fixture: 'in-call.html', apply: () => strip('#call-container', 'id') },
    { name: 'name classes renamed', fixture: 'in-call.html', apply: () => { strip('.participant-name', 'class', 'participant-name'); strip('.participant__user-name', 'class', 'participant__user-name'); } },
  ],
  jitsi: [
    { name: 'name ids renamed', fixture: 'tile-view.html', apply: () => { strip('#localDisplayName', 'id'); strip('span[id$="_name"]', 'id'); } },
    { name: 'store missing (no APP global), names hidden on the page', fixture: 'redux-state.html', apply: () => undefined, bridge: null },
    {
      name: 'store in another shape (remote participants not a Map): it validates, holds fewer than the page shows',
      fixture: 'redux-state.html',
      apply: () => undefined,
      bridge: parseJitsiBridgeMessage({
        source: 'bridge:jitsi',
        version: 1,
        state: { phase: 'in-call', participants: [{ id: '5ab0c7e1', name: 'Sabine Wagner', role: 'moderator', local: true, localRecording: false }], knocking: [], recordings: [], screenSharing: false, security: { lobbyEnabled: false, passwordSet: false } },
      }),
    },
    { name: 'a message of another version', fixture: 'redux-state.html', apply: () => undefined, bridge: parseJitsiBridgeMessage({ source: 'bridge:jitsi', version: 2, state: {} }) },
  ],
};

const detected = (s: CallSnapshot) => s.unreadable === null && s.phase === 'in-call' && s.participants.some((p) => !p.isSelf);

describe.each(Object.keys(DRIFTS))('%s: drift never ends in silence', (id) => {
  it.each(DRIFTS[id]!.map((d) => [d.name, d] as const))('%s', (_name, drift) => {
    loadFixture(`${id}/${drift.fixture}`);
    drift.apply();
    const adapter = adapterOf(id);
    const first = adapter.read(document, drift.bridge ?? null);
    expect(detected(first) || first.unreadable !== null, JSON.stringify(first)).toBe(true);
    if (first.unreadable === null) return;
    // The page goes on changing without anything readable: the notice stays (no flicker).
    document.body.textContent = '';
    const empty = adapter.read(document, drift.bridge ?? null);
    expect(holdUnreadable(first.unreadable, empty).unreadable).toBe(first.unreadable);
  });
});

describe('unreadable is held until a read really succeeds', () => {
  it('a single empty read after an unreadable one keeps it; a read of people ends it', () => {
    loadFixture('zoom/unreadable.html');
    const adapter = adapterOf('zoom');
    const unreadable = adapter.read(document, null);
    expect(unreadable.unreadable).not.toBeNull();
    clearDocument();
    const empty = holdUnreadable(unreadable.unreadable, adapter.read(document, null));
    expect(empty.unreadable).toBe(unreadable.unreadable);
    loadFixture('zoom/in-call.html');
    expect(holdUnreadable(empty.unreadable, adapter.read(document, null)).unreadable).toBeNull();
  });
});
