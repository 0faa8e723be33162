import { describe, expect, it } from 'vitest';
import { isBridgeHello, isRosterEngineRequest, parseScreenShare, parseTabState, parseTabStateMessage, ROSTER_ENGINE_REQUEST } from '../../utils/platform/messages';

const state = { client: 'jitsi', clientLabel: 'Jitsi Meet', phase: 'in-call', openFindings: 2, kinds: ['recording'], unreadable: false, quickCheckDone: true, groupCall: true };

describe('cross-context messages', () => {
  it('take a well-formed tab state and drop fields nobody asked for', () => {
    expect(parseTabStateMessage({ type: 'tab-state', state: { ...state, names: ['Max Mustermann'] }, extra: 1 })).toEqual({ type: 'tab-state', state });
    expect(parseTabState({ ...state, client: null, clientLabel: null })).toEqual({ ...state, client: null, clientLabel: null });
  });

  it('refuse anything else', () => {
    for (const bad of [null, 'tab-state', { type: 'tab-state' }, { type: 'tab-state', state: { ...state, openFindings: -1 } }, { type: 'tab-state', state: { ...state, phase: 'lobby' } }]) {
      expect(parseTabStateMessage(bad)).toBeNull();
    }
    expect(parseTabState({ ...state, kinds: Array.from({ length: 21 }, () => 'x') })).toBeNull();
  });

  it('recognise the roster engine request and the bridge hello', () => {
    expect(isRosterEngineRequest(ROSTER_ENGINE_REQUEST)).toBe(true);
    expect(isRosterEngineRequest({ type: 'roster-joined', count: 1 })).toBe(false);
    expect(isBridgeHello({ source: 'bridge:hello' })).toBe(true);
    expect(isBridgeHello(null)).toBe(false);
    expect(parseScreenShare({ source: 'bridge:screen-share', sharing: true, name: 'x' })).toEqual({ source: 'bridge:screen-share', sharing: true });
    expect(parseScreenShare({ source: 'bridge:screen-share', sharing: 'yes' })).toBeNull();
  });
});

describe('what the page can read', () => {
  it('names neither the product nor the extension in any message posted to the page', async () => {
    const { BRIDGE_HELLO, SCREEN_SHARE_SOURCE } = await import('../../utils/platform/messages');
    const { JITSI_BRIDGE_SOURCE } = await import('../../utils/clients/jitsi/bridge-message');
    for (const name of [BRIDGE_HELLO, SCREEN_SHARE_SOURCE, JITSI_BRIDGE_SOURCE]) expect(name).not.toMatch(/vertraulich|extension/i);
  });
});
