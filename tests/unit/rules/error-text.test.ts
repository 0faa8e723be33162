import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { ruleErrorMessage, ruleErrorText } from '../../../utils/rules/error-text';
import { RULE_SET_ERROR_CODES, type RuleSetError } from '../../../utils/rules/errors';
import { parseRuleSet } from '../../../utils/rules/import';
import { INVALID } from './corpus';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const locales = { de: de as Record<string, Entry>, en: en as Record<string, Entry> };

/** What browser.i18n.getMessage does with named placeholders and $1-style contents. */
function render(entry: Entry, substitutions: string[]): string {
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

function placeholdersOf(entry: Entry): number {
  return new Set(entry.message.match(/\$p\d\$/g) ?? []).size;
}

// Errors whose params are not produced by the corpus.
const EXTRA: RuleSetError[] = [
  { code: 'too-large', params: ['2049', '256'] },
  { code: 'read-failed' },
  { code: 'key-changed', params: ['AAAA BBBB', 'CCCC DDDD'] },
  { code: 'unsigned-update', params: ['CCCC DDDD'] },
  { code: 'version-not-higher', params: ['2', '3'] },
  { code: 'already-active', params: ['3'] },
  { code: 'bad-share-code' },
  { code: 'invalid-field', field: 'title', params: ['title'] },
  // Following a rule set online (utils/rules/subscription.ts).
  { code: 'not-https' },
  { code: 'fetch-failed', params: ['rules.example.org'] },
  { code: 'fetch-status', params: ['rules.example.org', '404'] },
  { code: 'fetch-timeout', params: ['rules.example.org', '15'] },
  { code: 'redirect-refused', params: ['rules.example.org', 'http://rules.example.org/x.json'] },
  // The one writer (utils/rules/writer/).
  { code: 'newer-in-use', params: ['4', '3'] },
  { code: 'older-than-removed', params: ['2', '3'] },
  { code: 'managed-in-force' },
  { code: 'meeting-claimed', params: ['Gruppe Mitte'] },
  { code: 'not-saved' },
];

afterEach(() => vi.restoreAllMocks());

describe('error messages', () => {
  it.each(RULE_SET_ERROR_CODES)('%s has a German and an English message with the same placeholders', (code) => {
    const { key } = ruleErrorMessage({ code });
    expect(key).toBe(`ruleError_${code.replace(/-/g, '_')}`);
    for (const messages of Object.values(locales)) {
      const entry = messages[key];
      expect(entry?.message.length).toBeGreaterThan(20);
      const used = [...new Set(entry!.message.match(/\$p\d\$/g) ?? [])].map((p) => p.slice(1, -1)).sort();
      expect(Object.keys(entry!.placeholders ?? {}).sort()).toEqual(used);
      used.forEach((name) => expect(entry!.placeholders![name]!.content).toBe(`$${name.slice(1)}`));
    }
    expect(placeholdersOf(locales.de[key]!)).toBe(placeholdersOf(locales.en[key]!));
  });

  it('uses every parameter an error carries, and names the field', async () => {
    const errors = [...EXTRA];
    for (const { input } of INVALID) {
      const result = await parseRuleSet(input, { active: null, pinnedKeys: {} });
      if (!result.ok) errors.push(result.error);
    }
    const seen = new Set(errors.map((e) => e.code));
    expect(RULE_SET_ERROR_CODES.filter((code) => !seen.has(code))).toEqual([]);
    for (const error of errors) {
      const { key, substitutions } = ruleErrorMessage(error);
      for (const messages of Object.values(locales)) {
        expect(placeholdersOf(messages[key]!), key).toBe(substitutions.length);
        const text = render(messages[key]!, substitutions);
        expect(text).not.toMatch(/\$\w+\$|\$\d/);
        if (error.field) expect(text).toContain(messages === locales.de ? `„${error.field}“` : `“${error.field}”`);
      }
    }
  });

  it('reads the message through browser.i18n', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
      render(locales.en[key]!, typeof subs === 'string' ? [subs] : (subs ?? []))) as typeof fakeBrowser.i18n.getMessage);
    expect(ruleErrorText({ code: 'text-too-long', field: 'title', params: ['title', '80'] })).toBe(
      'The text in “title” is too long: at most 80 characters are allowed. Ask the organiser to shorten it.',
    );
  });
});
