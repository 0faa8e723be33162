// @vitest-environment happy-dom
import fc from 'fast-check';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_HOST_NAME, createBadges } from '../../../components/overlay/badges';
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

function show(findings: Finding[], roster?: Partial<RosterActions>) {
  const root = document.createElement('div');
  const actions: RosterActions = { onKnown: vi.fn(), onAddToList: vi.fn(), canAdd: true, help: 'rosterHelp_jitsi()', ...roster };
  render(<Overlay findings={findings} quickCheck={null} onHide={() => {}} onKeepName={() => {}} onSnooze={() => {}} roster={actions} />, root);
  return { root, actions };
}

describe('the roster notices', () => {
  it('sum up everyone not on the list in one notice, one finding element per person with their name as text', () => {
    const { root } = show([unknown('b', 'Max Mustermann', { inLobby: true }), lookalike, unknown('d', 'Fellow Jitster', { reason: 'default' })]);
    const summaries = root.querySelectorAll('[data-roster-summary]');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.querySelector('h2')!.textContent).toBe('rosterSummaryMany(2)');
    const people = root.querySelectorAll('[data-finding="unknown-participant"]');
    expect([...people].map((p) => p.querySelector('.notice__name')!.textContent)).toEqual(['Max Mustermann', 'Fellow Jitster']);
    expect(people[0]!.textContent).toContain('rosterInLobby()');
    expect(people[1]!.textContent).toContain('rosterDefaultName()');
    // The honest wording and the client's help are part of it.
    expect(summaries[0]!.textContent).toContain('rosterSummaryBody()');
    expect(summaries[0]!.textContent).toContain('rosterHelp_jitsi()');
    // The summary comes where the first unknown person would be: before the look-alike.
    const order = [...root.querySelectorAll('[data-roster-summary], [data-finding="lookalike-name"]')].map((e) => e.getAttribute('data-finding') ?? 'summary');
    expect(order).toEqual(['summary', 'lookalike-name']);
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

  it('show duplicates and the expected count with their own words', () => {
    const { root } = show([
      { kind: 'duplicate-name', key: 'd', severity: 'reminder', participantId: 'a', name: 'Lena', match: 'same' },
      { kind: 'more-than-expected', key: 'm', severity: 'reminder', count: 9, expected: 8 },
    ]);
    expect(root.querySelector('[data-finding="duplicate-name"]')!.textContent).toContain('duplicateBody_same(Lena)');
    expect(root.querySelector('[data-finding="more-than-expected"]')!.textContent).toContain('moreThanExpectedBody(9|8)');
  });

  it('never turn a name into elements', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        const { root } = show([unknown('x', name), { ...lookalike, name }]);
        const tags = new Set([...root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
        for (const tag of tags) expect(['section', 'div', 'article', 'h2', 'p', 'button', 'ul', 'li']).toContain(tag);
        expect(root.querySelector('[data-finding="unknown-participant"] .notice__name')!.getAttribute('aria-label')).toBe(name);
        render(null, root);
      }),
      { numRuns: 200 },
    );
  });
});

describe('badges on the call page', () => {
  function page() {
    document.body.replaceChildren();
    const tile = document.createElement('span');
    tile.id = 'participant_b';
    const row = document.createElement('div');
    row.id = 'participant-item-b';
    document.body.append(tile, row);
    const adapter = {
      elementFor: (doc: Document, id: string) => doc.getElementById(`participant_${id}`),
      rowFor: (doc: Document, id: string) => doc.getElementById(`participant-item-${id}`),
    } as unknown as ClientAdapter;
    return { tile, row, badges: createBadges(document, adapter, (key) => `${key}()`) };
  }
  const label = (host: Element | null) => host?.shadowRoot?.querySelector('span')?.textContent;

  it('go on the tile and the row of a flagged person, with a fixed label and no name', () => {
    const { tile, row, badges } = page();
    badges.sync([unknown('b', 'Max Mustermann')]);
    expect(label(tile.querySelector(BADGE_HOST_NAME))).toBe('rosterBadge_unknown()');
    expect(label(row.querySelector(BADGE_HOST_NAME))).toBe('rosterBadge_unknown()');
    expect(row.querySelector(BADGE_HOST_NAME)!.getAttribute('data-place')).toBe('row');
    expect(document.body.innerHTML).not.toContain('Max');
    // The most telling kind wins, one badge per element.
    badges.sync([unknown('b', 'Max'), { ...lookalike, participantId: 'b' }]);
    expect(tile.querySelectorAll(BADGE_HOST_NAME)).toHaveLength(1);
    expect(label(tile.querySelector(BADGE_HOST_NAME))).toBe('rosterBadge_lookalike()');
  });

  it('go away with the finding, and come back when the page drops them', () => {
    const { tile, badges } = page();
    badges.sync([unknown('b', 'Max')]);
    tile.replaceChildren(); // the page re-rendered the tile
    badges.resync();
    expect(tile.querySelectorAll(BADGE_HOST_NAME)).toHaveLength(1);
    badges.sync([]);
    expect(document.querySelectorAll(BADGE_HOST_NAME)).toHaveLength(0);
  });
});
