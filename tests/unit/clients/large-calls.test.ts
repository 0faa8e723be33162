// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapter as zoom } from '../../../utils/clients/zoom/adapter';
import { createAdapter as teams } from '../../../utils/clients/teams/adapter';
import { createAdapter as meet } from '../../../utils/clients/meet/adapter';
import type { ClientAdapter } from '../../../utils/clients/types';
import { runGuards } from '../../../utils/checks/guards';
import { freshMemory } from '../../../utils/checks/guards/call-memory';
import { DEFAULT_CHECKS } from '../../../utils/rules/default-checks';
import { clearDocument, loadFixture } from './load-fixture';

afterEach(clearDocument);

/**
 * Large calls whose clients render only the rows and tiles in view (tests/fixtures/<client>/large-call.html):
 * the check says how far it reaches, counts everyone read once as checked, and a stranger who is not
 * rendered is among those not checked yet.
 */
const CLIENTS: [string, () => ClientAdapter, number][] = [
  // rendered at first: Zoom 25 tiles (rows 0-14 among them), Teams and Meet 9 tiles and rows 0-14
  ['zoom', zoom, 25],
  ['teams', teams, 15],
  ['meet', meet, 15],
];

function session(adapter: ClientAdapter) {
  return () => {
    const snapshot = adapter.read(document, null);
    const findings = runGuards(snapshot, DEFAULT_CHECKS, { keptOwnNames: [] }, 0, freshMemory());
    return { snapshot, partial: findings.find((f) => f.kind === 'coverage-partial'), findings };
  };
}

describe.each(CLIENTS)('%s: a large call with a virtualised list', (id, create, rendered) => {
  it.each([100, 500])('with %i people: the rendered part is checked of all, a stranger out of view is not checked yet', (size) => {
    const fixture = loadFixture(`${id}/large-call.html`);
    fixture.build!(String(size));
    const read = session(create());
    const first = read();
    expect(first.snapshot).toMatchObject({ phase: 'in-call', unreadable: null, headCount: size });
    expect(first.partial).toMatchObject({ checked: rendered, total: size, severity: 'reminder' });
    expect(first.findings.some((f) => f.kind === 'client-unreadable')).toBe(false);

    fixture.join!('Mallory');
    expect(read().partial).toMatchObject({ checked: rendered, total: size + 1 });
  });

  it('everyone read once stays checked: scrolled through the list, the whole call is checked', () => {
    const fixture = loadFixture(`${id}/large-call.html`);
    const read = session(create());
    expect(read().partial).toMatchObject({ total: 100 });
    let last = read();
    for (let top = 15; top <= 100; top += 15) {
      fixture.scrollTo!(String(top));
      last = read();
    }
    expect(last.partial).toBeUndefined();
    // A stranger joining out of view after that is not checked yet.
    fixture.join!('Mallory');
    expect(read().partial).toMatchObject({ checked: 100, total: 101 });
  });

  it('someone leaving is taken off the checked: never more checked than honest', () => {
    const fixture = loadFixture(`${id}/large-call.html`);
    const read = session(create());
    read();
    fixture.leave!('Sabine');
    // 99 left, one of them perhaps checked: one fewer counted as checked (the rendered ones at least).
    const after = read().partial!;
    expect(after.total).toBe(99);
    expect(after.checked).toBeLessThanOrEqual(rendered);
  });
});
