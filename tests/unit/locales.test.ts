import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));
const de = load('de');
const en = load('en');
const placeholders = (text: string) => [...new Set(text.match(/\$[a-z0-9_]+\$/gi) ?? [])].sort();

describe('German and English are complete', () => {
  it('have the same keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.keys(en))('%s: both texts are there, with the same placeholders, each declared', (key) => {
    for (const messages of [de, en]) {
      const entry = messages[key]!;
      expect(entry.message.trim().length).toBeGreaterThan(0);
      for (const used of placeholders(entry.message)) {
        expect(entry.placeholders?.[used.slice(1, -1).toLowerCase()], `${key}: ${used}`).toBeDefined();
      }
    }
    expect(placeholders(de[key]!.message)).toEqual(placeholders(en[key]!.message));
  });
  it('every key the code uses exists (t("…") calls)', async () => {
    const { execSync } = await import('node:child_process');
    const files = execSync('git ls-files -co --exclude-standard entrypoints components utils', { encoding: 'utf8' }).split('\n');
    const used = files
      .filter((file) => /\.tsx?$/.test(file))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?<![\w.])t\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
});
