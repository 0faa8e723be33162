// @vitest-environment happy-dom
// Where the roster's badges go (components/overlay/badges.ts): each adapter points at the tile and the
// list row a participant was read from. Checked on every in-call fixture of the DOM clients: for each
// person read, `elementFor` is a tile and `rowFor` a list row of the client's own markup, each holding
// that person's name, exactly where `read` saw them (shownIn); unknown ids point at nothing.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientAdapter } from '../../../utils/clients/types';
import { createAdapter as zoom } from '../../../utils/clients/zoom/adapter';
import { createAdapter as teams } from '../../../utils/clients/teams/adapter';
import { createAdapter as meet } from '../../../utils/clients/meet/adapter';
import { createAdapter as bbb } from '../../../utils/clients/bbb/adapter';
import { createAdapter as nextcloud } from '../../../utils/clients/nextcloud-talk/adapter';
import { selectors as zoomSel } from '../../../utils/clients/zoom/selectors';
import { selectors as teamsSel } from '../../../utils/clients/teams/selectors';
import { selectors as meetSel } from '../../../utils/clients/meet/selectors';
import { selectors as bbbSel } from '../../../utils/clients/bbb/selectors';
import { selectors as ncSel } from '../../../utils/clients/nextcloud-talk/selectors';
import { clearDocument, FIXTURES, loadFixture } from './load-fixture';

afterEach(clearDocument);

/** Per client: the adapter, and what its tiles and its rows are in the client's own markup. */
const CLIENTS: [string, () => ClientAdapter, string, string][] = [
  ['zoom', zoom, zoomSel.tile, zoomSel.paneRow],
  ['teams', teams, [teamsSel.tile, teamsSel.videoTile, teamsSel.liveTile].join(','), [teamsSel.rosterInCall, teamsSel.rosterAttendees].join(',')],
  ['meet', meet, meetSel.tile, meetSel.paneRow],
  ['bbb', bbb, bbbSel.tile, bbbSel.row],
  ['nextcloud-talk', nextcloud, ncSel.tile, ncSel.paneRow],
];

/** The name is in the element: as its text, or in an attribute of it or of an element inside (BigBlueButton's squeezed webcam). */
function holdsName(element: Element, name: string): boolean {
  const squeeze = (text: string) => text.replace(/\s+/g, ' ');
  if (squeeze(element.textContent ?? '').includes(name)) return true;
  return [element, ...element.querySelectorAll('*')].some((el) => el.getAttributeNames().some((attr) => squeeze(el.getAttribute(attr) ?? '').includes(name)));
}

/** `namesIn`: elements inside the target showing (a label around) that person's name; none only where the name is an attribute. */
function namesInside(adapter: ClientAdapter, target: Element, name: string, label: string): void {
  const names = adapter.namesIn!(target);
  for (const element of names) {
    expect(target.contains(element) && element !== target, `${label}: name element inside`).toBe(true);
    expect(name.includes(element.textContent!.replace(/\s+/g, ' ').trim()) || holdsName(element, name), `${label}: name element shows the name`).toBe(true);
  }
  if (names.length === 0) expect(target.textContent!.replace(/\s+/g, ' ').includes(name), `${label}: no name element, so the name is no element's text`).toBe(false);
}

/** Every fixture of the client whose page `read` takes for a call with people in it. */
function inCallFixtures(id: string, create: () => ClientAdapter): string[] {
  return readdirSync(resolve(FIXTURES, id))
    .filter((file) => file.endsWith('.html'))
    .filter((file) => {
      loadFixture(`${id}/${file}`);
      const snapshot = create().read(document, null);
      clearDocument();
      return snapshot.phase === 'in-call' && snapshot.participants.length > 0;
    });
}

describe.each(CLIENTS)('%s: badge targets', (id, create, tileSelector, rowSelector) => {
  const files = inCallFixtures(id, create);

  it('has in-call fixtures to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: each person read has their own tile and row, holding their name; unknown ids get none', (file) => {
    loadFixture(`${id}/${file}`);
    const adapter = create();
    const { participants } = adapter.read(document, null);
    const tiles = new Set<Element>();
    const rows = new Set<Element>();
    for (const person of participants) {
      const tile = adapter.elementFor!(document, person.id);
      const row = adapter.rowFor!(document, person.id);
      const label = `${file}: ${person.name} (${person.id})`;
      // A tile exactly for those read from a tile, a row for those read from the list.
      expect(tile !== null, `${label}: tile`).toBe(person.shownIn.includes('tile'));
      expect(row !== null, `${label}: row`).toBe(person.shownIn.includes('pane') || person.shownIn.includes('lobby'));
      if (tile) {
        expect(tile.matches(tileSelector), `${label}: is a tile`).toBe(true);
        expect(holdsName(tile, person.name), `${label}: tile holds the name`).toBe(true);
        tiles.add(tile);
        namesInside(adapter, tile, person.name, label);
      }
      if (row) {
        expect(row.matches(rowSelector), `${label}: is a row`).toBe(true);
        expect(holdsName(row, person.name), `${label}: row holds the name`).toBe(true);
        rows.add(row);
        namesInside(adapter, row, person.name, label);
      }
    }
    // Nobody's badge lands on someone else's tile or row.
    expect(tiles.size).toBe(participants.filter((p) => p.shownIn.includes('tile')).length);
    expect(rows.size).toBe(participants.filter((p) => !p.shownIn.every((s) => s === 'tile')).length);
    for (const unknown of ['name:Nobody Here', 'name:', 'spaces/AAAA/devices/999', '', participants[0]!.name]) {
      expect(adapter.elementFor!(document, unknown), `tile for "${unknown}"`).toBeNull();
      expect(adapter.rowFor!(document, unknown), `row for "${unknown}"`).toBeNull();
    }
  });
});

describe('badge targets follow the page', () => {
  it('a renamed or departed person is looked up anew at the next round of look-ups', async () => {
    const fixture = loadFixture('zoom/in-call.html');
    const adapter = zoom();
    adapter.read(document, null);
    expect(adapter.elementFor!(document, 'name:+49 171 2345678')).not.toBeNull();
    await Promise.resolve();
    fixture.rename!('+49 171 2345678', 'Mia');
    fixture.leave!('Klaus van den Berg');
    await Promise.resolve();
    expect(adapter.elementFor!(document, 'name:+49 171 2345678')).toBeNull();
    expect(adapter.elementFor!(document, 'name:Mia')?.textContent).toContain('Mia');
    expect(adapter.rowFor!(document, 'name:Mia')?.textContent).toContain('Mia');
    expect(adapter.elementFor!(document, 'name:Klaus van den Berg')).toBeNull();
    expect(adapter.rowFor!(document, 'name:Klaus van den Berg')).toBeNull();
  });
});
