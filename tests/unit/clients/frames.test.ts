// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADAPTERS, ALL_CLIENTS } from './all-adapters';
import { pickAdapter as pickFrom } from '../../../utils/clients/pick-adapter';

const pickAdapter = (doc: Document, url: URL) => pickFrom(doc, url, ALL_CLIENTS);
import { clearDocument, loadFixture } from './load-fixture';

afterEach(() => {
  vi.restoreAllMocks();
  clearDocument();
});

/** Pretend this document is inside a frame (the content script runs in all frames). */
const inFrame = () => vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);

describe('which adapter runs where', () => {
  it('only Zoom runs in frames', () => {
    expect(ADAPTERS.map((entry) => entry.create()).filter((adapter) => adapter.inFrames).map((adapter) => adapter.id)).toEqual(['zoom']);
  });

  it('in the top frame every hosted client is found by its host', () => {
    expect(pickAdapter(document, new URL('https://meet.jit.si/Gruppe'))?.id).toBe('jitsi');
    expect(pickAdapter(document, new URL('https://teams.live.com/meet/123'))?.id).toBe('teams');
    expect(pickAdapter(document, new URL('https://meet.google.com/abc-defg-hij'))?.id).toBe('meet');
    expect(pickAdapter(document, new URL('https://app.zoom.us/wc/81234567890/join'))?.id).toBe('zoom');
  });

  it('Zoom\'s web app shell is left alone; its iframe#webclient gets the adapter', () => {
    loadFixture('zoom/shell.html');
    expect(pickAdapter(document, new URL('https://app.zoom.us/wc/81234567890/join'))).toBeNull();
    loadFixture('zoom/prejoin.html');
    inFrame();
    expect(pickAdapter(document, new URL('https://app.zoom.us/wc/81234567890/join?from=pwa'))?.id).toBe('zoom');
  });

  it('frames inside other clients\' pages are not read (one overlay, one report per tab)', () => {
    inFrame();
    expect(pickAdapter(document, new URL('https://meet.jit.si/Gruppe'))).toBeNull();
    expect(pickAdapter(document, new URL('https://teams.microsoft.com/v2/'))).toBeNull();
    expect(pickAdapter(document, new URL('https://meet.google.com/abc-defg-hij'))).toBeNull();
  });

  it('self-hosted BigBlueButton is found by its paths and markup', () => {
    expect(pickAdapter(document, new URL('https://bbb.example.org/html5client/join?sessionToken=x'))?.id).toBe('bbb');
    loadFixture('bbb/in-call.html');
    expect(pickAdapter(document, new URL('https://bbb.example.org/'))?.id).toBe('bbb');
  });
});
