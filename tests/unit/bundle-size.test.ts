// What a call page costs to load: every content script of the build, and what one call page
// loads in all (the isolated-world call script and the MAIN-world scripts on the same pages),
// gzip level 6 as tests/bench measures it. The scripts are read from the built manifests, so a
// script added or moved is measured without a change here. Runs on the shared build
// (tests/unit/setup/build.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/**
 * gzip bytes, per content script by world, and for everything one call page loads. The call
 * script keeps its 20 KiB; a group's call page adds the small MAIN-world scripts (the Jitsi bridge,
 * the screen-share watch), about 2 KiB, so the page as a whole has 22 KiB.
 */
export const BUDGETS = {
  isolatedScript: 20 * 1024,
  mainWorldScript: 4 * 1024,
  callPage: 22 * 1024,
};

interface ContentScript {
  matches?: string[];
  js?: string[];
  css?: string[];
  world?: 'ISOLATED' | 'MAIN';
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
const line = (what: string, bytes: number, budget: number) =>
  `${what.padEnd(58)} ${kib(bytes).padStart(10)} of ${kib(budget).padStart(10)}  ${budget - bytes >= 0 ? 'margin' : 'OVER  '} ${kib(Math.abs(budget - bytes)).padStart(10)}`;

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (target) => {
  const dir = join(inject('buildDir'), target);
  const scripts = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: ContentScript[] }).content_scripts ?? [];
  const gzip = new Map<string, number>();
  const size = (file: string) => {
    if (!gzip.has(file)) gzip.set(file, gzipSync(readFileSync(join(dir, file)), { level: 6 }).length);
    return gzip.get(file)!;
  };

  it('keeps each content script within its budget', () => {
    const lines: string[] = [];
    const over: string[] = [];
    for (const script of scripts) {
      const budget = script.world === 'MAIN' ? BUDGETS.mainWorldScript : BUDGETS.isolatedScript;
      for (const file of [...(script.js ?? []), ...(script.css ?? [])]) {
        const text = line(`${file} (${script.world === 'MAIN' ? 'MAIN world' : 'isolated world'})`, size(file), budget);
        lines.push(text);
        if (size(file) > budget) over.push(text);
      }
    }
    console.log(`${target}: content scripts, gzip\n${lines.join('\n')}`);
    expect(lines.length, 'content scripts in the manifest').toBeGreaterThan(0);
    expect(over).toEqual([]);
  });

  it('keeps what one call page loads within the call page budget', () => {
    // The pages: each match pattern of any content script, with every script that runs on it.
    const pages = new Map<string, Set<string>>();
    for (const script of scripts) {
      for (const pattern of script.matches ?? []) {
        const files = pages.get(pattern) ?? new Set<string>();
        for (const file of [...(script.js ?? []), ...(script.css ?? [])]) files.add(file);
        pages.set(pattern, files);
      }
    }
    const lines: string[] = [];
    const over: string[] = [];
    for (const [pattern, files] of pages) {
      const total = [...files].reduce((sum, file) => sum + size(file), 0);
      const text = line(`${pattern} (${files.size} scripts)`, total, BUDGETS.callPage);
      lines.push(text);
      if (total > BUDGETS.callPage) over.push(`${text}: ${[...files].map((f) => `${f} ${kib(size(f))}`).join(' + ')}`);
    }
    console.log(`${target}: one call page, gzip\n${lines.join('\n')}`);
    expect(pages.size, 'call pages in the manifest').toBeGreaterThan(0);
    expect(over).toEqual([]);
  });
});
