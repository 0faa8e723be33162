// @vitest-environment happy-dom
// Every selector of every client carries its evidence (utils/clients/common/evidence.ts): the fixtures
// it was seen in and how many elements it matches there. Checked here against the fixtures, so a
// selector that stops matching, matches more than it should, or was never seen, fails.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Evidence } from '../../../utils/clients/common/evidence';
import { clearDocument, FIXTURES, loadFixture } from './load-fixture';

interface SelectorsModule {
  selectors: Record<string, string>;
  evidence: Record<string, Evidence>;
}
const modules = import.meta.glob<SelectorsModule>('../../../utils/clients/*/selectors.ts', { eager: true });
// The regions a client's layout.ts names (what the overlay keeps off) carry the same kind of evidence.
const layouts = import.meta.glob<{ regions: Record<string, string>; evidence: Record<string, Evidence> }>('../../../utils/clients/*/layout.ts', {
  eager: true,
});
const checked = [
  ...Object.entries(modules).map(([path, mod]) => [path.split('/').at(-2)!, mod] as const),
  ...Object.entries(layouts).map(([path, mod]) => [`${path.split('/').at(-2)!} layout`, { selectors: mod.regions, evidence: mod.evidence }] as const),
];
const CLIENTS_DIR = resolve(__dirname, '../../../utils/clients');
const clientFolders = readdirSync(CLIENTS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'common')
  .map((entry) => entry.name);

afterEach(clearDocument);

function count(id: string, file: string, selectors: Record<string, string>, css: string, evidence: Evidence): number {
  const helpers = loadFixture(`${id}/${file}`);
  if (evidence.after) {
    const helper = helpers[evidence.after];
    if (!helper) throw new Error(`${id}/${file} has no helper ${evidence.after}`);
    helper();
  }
  if (!evidence.within) return document.querySelectorAll(css).length;
  let found = 0;
  for (const around of document.querySelectorAll(selectors[evidence.within]!)) found += around.querySelectorAll(css).length;
  return found;
}

describe('selector evidence', () => {
  it('every client folder has its selectors.ts', () => {
    expect(clientFolders.filter((id) => !modules[`../../../utils/clients/${id}/selectors.ts`])).toEqual([]);
  });

  describe.each(checked)('%s', (name, mod) => {
    const id = name.split(' ')[0]!;
    const entries = Object.entries(mod.selectors);

    it('has evidence for every selector, and none for selectors it does not have', () => {
      expect(entries.filter(([key]) => !mod.evidence[key]).map(([key]) => key)).toEqual([]);
      expect(Object.keys(mod.evidence).filter((key) => !(key in mod.selectors))).toEqual([]);
    });

    it.each(entries)('%s is seen in some fixture, as often as its evidence says', (key, css) => {
      const evidence = mod.evidence[key];
      expect(evidence, `evidence for ${id}.${key}`).toBeDefined();
      const claimed = Object.entries(evidence!.counts);
      expect(claimed.some(([, expected]) => expected > 0), `${id}.${key}: no fixture where it matches`).toBe(true);
      for (const [file] of claimed) expect(existsSync(resolve(FIXTURES, id, file)), `tests/fixtures/${id}/${file}`).toBe(true);
      const actual = Object.fromEntries(claimed.map(([file]) => [file, count(id, file, mod.selectors, css, evidence!)]));
      expect(actual, `${id}.${key} (${css})`).toEqual(evidence!.counts);
    });
  });
});
