// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from './all-adapters';
import { clearDocument, FIXTURES, loadFixture } from './load-fixture';

afterEach(clearDocument);

/**
 * Every adapter must be proven on the real markup of both phases: some fixture of its own that it
 * reads as pre-join, and some that it reads as in-call (with participants). A new adapter without
 * fixtures fails here.
 */
describe.each(ADAPTERS.map((entry) => [entry.id, entry] as const))('fixtures of %s', (id, entry) => {
  const dir = resolve(FIXTURES, id);
  const files = (() => {
    try {
      return readdirSync(dir).filter((name) => name.endsWith('.html'));
    } catch {
      return [];
    }
  })();

  const phases = () =>
    files.map((file) => {
      loadFixture(`${id}/${file}`);
      const snapshot = entry.create().read(document, null);
      clearDocument();
      return { file, phase: snapshot.phase, people: snapshot.participants.length, unreadable: snapshot.unreadable };
    });

  it('has a fixtures folder', () => {
    expect(files.length, `tests/fixtures/${id}/*.html`).toBeGreaterThan(0);
  });

  it('has a pre-join fixture', () => {
    expect(phases().filter((p) => p.phase === 'prejoin')).not.toEqual([]);
  });

  it('has a readable in-call fixture', () => {
    expect(phases().filter((p) => p.phase === 'in-call' && p.people > 0 && p.unreadable === null)).not.toEqual([]);
  });
});
