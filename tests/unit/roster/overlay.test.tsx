// @vitest-environment happy-dom
import fc from 'fast-check';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBadges } from '../../../components/overlay/badges';
import { badgeSpot, MARK, type Box } from '../../../components/overlay/badge-box';
import { Overlay } from '../../../components/overlay/Overlay';
import type { RosterActions } from '../../../components/overlay/roster-actions';
import type { ClientAdapter } from '../../../utils/clients/types';
import type { Finding } from '../../../utils/checks/guards/types';

vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
  `${key}(${([] as string[]).concat(subs ?? []).join('|')})`) as typeof fakeBrowser.i18n.getMessage);

const unknown = (id: string, name: string, extra: { inLobby?: boolean; reason?: 'default' | 'unchecked' } = {}): Finding => ({
  kind: 'unknown-participant',
  key: `unknown-participant:${id}:${name}`,
  severity: 'reminder',
  participantId: id,
  name,
  ...extra,
});
const lookalike: Finding = { kind: 'lookalike-name', key: 'l', severity: 'breach', participantId: 'c', name: '\u0410nna', reason: 'mixedScript' };

function show(findings: Finding[], roster?: Partial<RosterActions>, rosterCard = false) {
  const root = document.createElement('div');
  const actions: RosterActions = { onKnown: vi.fn(), onAddToList: vi.fn(), canAdd: true, help: 'rosterHelp_jitsi()', ...roster };
  render(<Overlay findings={findings} quickCheck={null} onHide={() => {}} onKeepName={() => {}} onSnooze={() => {}} roster={actions} rosterCard={rosterCard} />, root);
  return { root, actions };
}

describe('the roster notices', () => {
  it('sum up everyone not (or only seemingly) on the list in one card, one finding element per person with their name as text', () => {
    const recording: Finding = { kind: 'recording', key: 'r', severity: 'breach', stopped: false } as Finding;
    const { root } = show([recording, unknown('b', 'Max Mustermann', { inLobby: true }), lookalike, unknown('d', 'Fellow Jitster', { reason: 'default' })]);
    const summaries = root.querySelectorAll('[data-roster-summary]');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.querySelector('h2')!.textContent).toBe('rosterSummaryMany(3)');
    const people = root.querySelectorAll('[data-finding="unknown-participant"]');
    expect([...people].map((p) => p.querySelector('.notice__name')!.textContent)).toEqual(['Max Mustermann', 'Fellow Jitster']);
    expect(people[0]!.textContent).toContain('rosterInLobby()');
    expect(people[1]!.textContent).toContain('rosterDefaultName()');
    // The honest wording and the client's help are part of it.
    expect(summaries[0]!.textContent).toContain('rosterSummaryBody()');
    expect(summaries[0]!.textContent).toContain('rosterHelp_jitsi()');
    // The look-alike is an entry of the card too, and the card always comes first, whatever
    // it holds: its place tells a watching page nothing.
    expect(summaries[0]!.querySelector('[data-finding="lookalike-name"]')).not.toBeNull();
    const order = [...root.querySelectorAll('[data-roster-summary], [data-finding="recording"]')].map((e) => e.getAttribute('data-finding') ?? 'summary');
    expect(order).toEqual(['summary', 'recording']);
  });

  it('show the card, the same card, when everyone matches the list', () => {
    const { root } = show([], {}, true);
    const card = root.querySelector('[data-roster-summary]')!;
    expect(card.getAttribute('data-roster-summary')).toBe('0');
    expect(card.querySelector('h2')!.textContent).toBe('rosterSummaryNone()');
    expect(card.className).toBe(show([unknown('b', 'Max')], {}, true).root.querySelector('[data-roster-summary]')!.className);
    expect(show([]).root.querySelector('[data-roster-summary]')).toBeNull();
  });

  it('offer "known for this call" and "add to my list" per person (not "add" for a default name)', () => {
    const max = unknown('b', 'Max Mustermann');
    const { root, actions } = show([max, unknown('d', 'Gast', { reason: 'default' }), lookalike]);
    const [maxRow, guestRow] = root.querySelectorAll('[data-finding="unknown-participant"]');
    (maxRow!.querySelector('[aria-label="rosterKnownFor(Max Mustermann)"]') as HTMLButtonElement).click();
    expect(actions.onKnown).toHaveBeenCalledWith(max);
    (maxRow!.querySelector('[aria-label="rosterAddFor(Max Mustermann)"]') as HTMLButtonElement).click();
    expect(actions.onAddToList).toHaveBeenCalledWith(max);
    expect(guestRow!.querySelector('[aria-label^="rosterAddFor"]')).toBeNull();
    const imitation = root.querySelector('[data-finding="lookalike-name"]')!;
    expect(imitation.textContent).toContain('\u0410nna');
    expect(imitation.textContent).toContain('lookalikeBody_mixedScript(\u0410nna)');
    (imitation.querySelector('[aria-label="rosterKnownFor(\u0410nna)"]') as HTMLButtonElement).click();
    expect(actions.onKnown).toHaveBeenCalledWith(lookalike);
  });

  it('show duplicates and the expected count with their own words', async () => {
    const { root } = show([
      { kind: 'duplicate-name', key: 'd', severity: 'reminder', participantId: 'a', name: 'Lena', match: 'same' },
      { kind: 'more-than-expected', key: 'm', severity: 'reminder', count: 9, expected: 8 },
    ]);
    expect(root.querySelector('[data-finding="duplicate-name"]')!.textContent).toContain('duplicateBody_same(Lena)');
    // One notice open at a time: the other is a line in the tray, opened with a click.
    const line = root.querySelector('[data-finding="more-than-expected"]')!;
    expect(line.textContent).toBe('moreThanExpectedTitle()');
    (line.querySelector('button') as HTMLButtonElement).click();
    await new Promise((done) => setTimeout(done));
    expect(root.querySelector('[data-finding="more-than-expected"]')!.textContent).toContain('moreThanExpectedBody(9|8)');
    expect(root.querySelector('[data-finding="duplicate-name"]')!.textContent).toBe('duplicateTitle()Lena');
  });

  it('never turn a name into elements', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        const { root } = show([unknown('x', name), { ...lookalike, name }]);
        const tags = new Set([...root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
        for (const tag of tags) expect(['section', 'div', 'article', 'h2', 'p', 'button', 'ul', 'li', 'span']).toContain(tag);
        expect(root.querySelector('[data-finding="unknown-participant"] .notice__name')!.getAttribute('aria-label')).toBe(name);
        render(null, root);
      }),
      { numRuns: 200 },
    );
  });
});

describe('badges over the call page', () => {
  const box = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON() {} }) as DOMRect;
  // No layout here: a label measures as a 100 × 18 px box.
  vi.spyOn(HTMLSpanElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('vb') ? box(0, 0, 100, 18) : box(0, 0, 0, 0);
  });
  function page() {
    document.body.replaceChildren();
    const tile = document.createElement('span');
    tile.id = 'participant_b';
    tile.getBoundingClientRect = () => box(100, 50, 320, 180);
    const row = document.createElement('div');
    row.id = 'participant-item-b';
    row.getBoundingClientRect = () => box(600, 300, 300, 40);
    const hidden = document.createElement('span');
    hidden.id = 'participant_h';
    document.body.append(tile, row, hidden);
    const adapter = {
      elementFor: (doc: Document, id: string) => doc.getElementById(`participant_${id}`),
      rowFor: (doc: Document, id: string) => doc.getElementById(`participant-item-${id}`),
    } as unknown as ClientAdapter;
    // The overlay's host, as utils/call/overlay-host.ts makes it (not in the page here).
    const shadow = document.createElement('div').attachShadow({ mode: 'open' });
    const mounted = { shadowHost: shadow.host as HTMLElement, shadow, uiContainer: document.createElement('div') };
    return { shadow, badges: createBadges(document, adapter, (key) => `${key}()`, { mounted }) };
  }
  const drawn = (shadow: ShadowRoot) => [...shadow.querySelectorAll<HTMLElement>('.vb')].filter((b) => !b.hidden);
  /** Badges are placed at the next animation frame. */
  const frame = () => new Promise((settle) => requestAnimationFrame(settle));

  it("are drawn in the overlay's shadow root over the tile and the row, with a fixed label, never in the page", async () => {
    const { shadow, badges } = page();
    const before = document.body.innerHTML;
    badges.sync([unknown('b', 'Max Mustermann'), unknown('h', 'Hidden Person')]);
    expect(drawn(shadow)).toHaveLength(0); // not before the next frame
    await frame();
    expect(document.body.innerHTML).toBe(before);
    const [onTile, onRow] = drawn(shadow);
    expect(drawn(shadow)).toHaveLength(2); // nothing for the element without a box
    expect(onTile!.textContent).toBe('rosterBadge_unknown()');
    expect([onTile!.style.left, onTile!.style.top]).toEqual(['106px', '56px']);
    expect(onRow!.getAttribute('data-place')).toBe('row');
    expect(shadow.textContent).not.toContain('Max');
    // The most telling kind wins, one badge per element.
    badges.sync([unknown('b', 'Max'), { ...lookalike, participantId: 'b' }]);
    await frame();
    expect(drawn(shadow).map((b) => b.textContent)).toEqual(['rosterBadge_lookalike()', 'rosterBadge_lookalike()']);
    badges.sync([]);
  });

  it('go away with the finding, and follow a re-rendered tile', async () => {
    const { shadow, badges } = page();
    badges.sync([unknown('b', 'Max')]);
    await frame();
    const fresh = document.createElement('span');
    fresh.getBoundingClientRect = () => box(10, 10, 200, 100);
    document.getElementById('participant_b')!.replaceWith(fresh); // the page re-rendered the tile
    fresh.id = 'participant_b';
    badges.resync();
    await frame();
    expect(drawn(shadow).map((b) => b.style.left)).toContain('16px');
    badges.sync([]);
    expect(shadow.querySelectorAll('.vb')).toHaveLength(0);
  });

  it('follow the page only while a badge moves, and not at all without badges', async () => {
    const { badges } = page();
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    badges.sync([unknown('b', 'Max')]);
    for (let i = 0; i < 40; i++) await frame();
    const followed = frames.mock.calls.length;
    for (let i = 0; i < 5; i++) await frame();
    expect(frames.mock.calls.length - followed).toBe(5); // only this test's own frames: it stood still, it stopped
    window.dispatchEvent(new Event('resize')); // woken again
    expect(frames.mock.calls.length - followed).toBe(6);
    badges.sync([]);
    const after = frames.mock.calls.length;
    window.dispatchEvent(new Event('resize')); // no badge: nothing listens
    expect(frames.mock.calls.length).toBe(after);
    frames.mockRestore();
  });

  it("sit in a corner inside the element's visible box, or nowhere", () => {
    const viewport = { width: 1000, height: 800 };
    const tile = { left: 100, top: 50, right: 420, bottom: 230 };
    const size = { width: 100, height: 18 };
    expect(badgeSpot('tile', tile, viewport, [], size)).toEqual({ left: 106, top: 56, compact: false });
    expect(badgeSpot('row', tile, viewport, [], size)).toEqual({ left: 318, top: 52, compact: false }); // top-right
    expect(badgeSpot('tile', { left: 5, top: 5, right: 5, bottom: 50 }, viewport, [], size)).toBeNull(); // zero width
    expect(badgeSpot('tile', { left: -500, top: -300, right: -100, bottom: -100 }, viewport, [], size)).toBeNull(); // off-screen
    expect(badgeSpot('tile', tile, viewport, [{ left: 0, top: 300, right: 1000, bottom: 800 }], size)).toBeNull(); // scrolled out of its pane
  });

  describe('keep off the name', () => {
    const viewport = { width: 1000, height: 800 };
    const size = { width: 100, height: 18 };
    const apart = (a: Box, b: Box) => a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom;
    const boxOf = (spot: { left: number; top: number; compact: boolean }) => {
      const [w, h] = spot.compact ? [MARK, MARK] : [size.width, size.height];
      return { left: spot.left, top: spot.top, right: spot.left + w, bottom: spot.top + h };
    };
    const tile = { left: 100, top: 50, right: 420, bottom: 230 };
    const row = { left: 0, top: 100, right: 360, bottom: 124 };

    it('take the first corner when it is free of the name', () => {
      expect(badgeSpot('tile', tile, viewport, [], size, { left: 108, top: 206, right: 200, bottom: 222 })).toEqual({ left: 106, top: 56, compact: false });
      expect(badgeSpot('row', row, viewport, [], size, { left: 40, top: 104, right: 160, bottom: 120 })).toEqual({ left: 258, top: 102, compact: false });
    });

    it('move to the next free corner when the name is in the first', () => {
      // A tile with the name along its top edge: a bottom corner.
      expect(badgeSpot('tile', tile, viewport, [], size, { left: 108, top: 54, right: 412, bottom: 72 })).toEqual({ left: 106, top: 206, compact: false });
      // A name only in the top-left: the top-right.
      expect(badgeSpot('tile', tile, viewport, [], size, { left: 108, top: 54, right: 250, bottom: 72 })).toEqual({ left: 314, top: 56, compact: false });
      // A row whose name reaches its right end but leaves its start free: the top-left.
      expect(badgeSpot('row', row, viewport, [], size, { left: 130, top: 104, right: 356, bottom: 120 })).toEqual({ left: 2, top: 102, compact: false });
    });

    it('shrink to the mark where the label fits nowhere, else put it just beside the element', () => {
      // The name fills all but 20 px at the row's end: the mark there.
      const spot = badgeSpot('row', row, viewport, [], size, { left: 40, top: 104, right: 340, bottom: 120 })!;
      expect(spot).toEqual({ left: 346, top: 102, compact: true });
      // The name spans the whole row: the mark just beside its right edge, or its left one at the viewport's end.
      const spanning = { left: 0, top: 100, right: 360, bottom: 124 };
      expect(badgeSpot('row', { ...row, left: 20 }, viewport, [], size, spanning)).toEqual({ left: 362, top: 106, compact: true });
      expect(badgeSpot('row', { ...row, left: 20, right: 1000 }, viewport, [], size, { ...spanning, left: 20, right: 1000 })).toEqual({ left: 6, top: 106, compact: true });
      // No free place at all (row as wide as the viewport, name all over it): not drawn rather than over the name.
      expect(badgeSpot('row', { ...row, right: 1000 }, viewport, [], size, { ...spanning, right: 1000 })).toBeNull();
    });

    it('never intersect the name, wherever it is (random boxes)', () => {
      fc.assert(
        fc.property(
          fc.record({ x: fc.integer({ min: -50, max: 900 }), y: fc.integer({ min: -50, max: 700 }), w: fc.integer({ min: 0, max: 500 }), h: fc.integer({ min: 0, max: 300 }) }),
          fc.record({ x: fc.integer({ min: 0, max: 100 }), y: fc.integer({ min: 0, max: 100 }), w: fc.integer({ min: 1, max: 500 }), h: fc.integer({ min: 1, max: 60 }) }),
          fc.constantFrom('tile' as const, 'row' as const),
          (t, n, place) => {
            const target = { left: t.x, top: t.y, right: t.x + t.w, bottom: t.y + t.h };
            const name = { left: t.x + n.x, top: t.y + n.y, right: t.x + n.x + n.w, bottom: t.y + n.y + n.h };
            const spot = badgeSpot(place, target, viewport, [], size, name);
            if (!spot) return;
            const badge = boxOf(spot);
            expect(apart(badge, name)).toBe(true);
            expect(badge.left >= 0 && badge.top >= 0 && badge.right <= viewport.width && badge.bottom <= viewport.height).toBe(true);
            // Over the element, or right beside it.
            expect(badge.left >= target.left - MARK - 2 && badge.right <= target.right + MARK + 2 && (badge.top + badge.bottom) / 2 >= target.top && (badge.top + badge.bottom) / 2 <= target.bottom).toBe(true);
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
