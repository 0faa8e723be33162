// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Overlay } from '../../../components/overlay/Overlay';
import { MAX_SHOWN_NAME } from '../../../components/overlay/shorten';
import type { Finding } from '../../../utils/checks/guards/types';

// Messages as the browser would give them: the substitutions appear in the text as they are.
// Each message is remembered with the positions of the text that is its own (not substituted).
const messages = new Map<string, number[]>();
vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
  let text = `${key}(`;
  const own = [...text].map((_, i) => i);
  for (const [i, sub] of ([] as string[]).concat(subs ?? []).entries()) {
    if (i > 0) own.push(text.length), (text += '|');
    text += sub;
  }
  own.push(text.length);
  text += ')';
  messages.set(text, own);
  return text;
}) as typeof fakeBrowser.i18n.getMessage);

const renderOne = (finding: Finding) => {
  const root = document.createElement('div');
  render(<Overlay findings={[finding]} quickCheck={null} onHide={() => {}} onKeepName={() => {}} onSnooze={() => {}} />, root);
  return root;
};

describe('names on the overlay are text, whatever they contain', () => {
  it('never become elements, and the whole name stays available to screen readers', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const root = renderOne({ kind: 'phone-number', key: 'k', severity: 'breach', participantId: 'p', name, contact: 'phone' });
        const notice = root.querySelector('[data-finding="phone-number"]')!;
        // Only the overlay's own elements exist: nothing a name could have added.
        const tags = new Set([...root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()));
        for (const tag of tags) expect(['section', 'div', 'article', 'h2', 'p', 'button', 'span']).toContain(tag);
        const shown = notice.querySelector('.notice__name')!;
        expect(shown.getAttribute('aria-label')).toBe(name);
        expect(Array.from(shown.textContent ?? '').length).toBeLessThanOrEqual(MAX_SHOWN_NAME);
        render(null, root);
      }),
      { numRuns: 300 },
    );
  });

  it('shows markup as literal text', () => {
    const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const root = renderOne({ kind: 'full-name', key: 'k', severity: 'breach', participantId: 'p', name });
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.querySelector('.notice__name')!.textContent).toBe(name);
  });

  it('shortens a 10 000-character name for the eye only', () => {
    const name = 'A'.repeat(10_000);
    const root = renderOne({ kind: 'phone-number', key: 'k', severity: 'breach', participantId: 'p', name: `${name} 0171 2345678`, contact: 'phone' });
    const shown = root.querySelector('.notice__name')!;
    expect(shown.textContent!.length).toBe(MAX_SHOWN_NAME);
    expect(shown.getAttribute('aria-label')!.length).toBe(10_000 + 13);
  });

  it('keeps bidi controls in a name from reordering the text around it', () => {
    // The name's own line is its own block (a paragraph for the bidi algorithm), isolated by CSS.
    const css = readFileSync('components/overlay/overlay.css', 'utf8') // vitest runs in the repository;
    expect(css).toMatch(/\.notice__name\s*\{[^}]*unicode-bidi:\s*isolate/);
    const bidiName = fc
      .array(fc.constantFrom(...BIDI_CONTROLS, '\u200F', 'Sabine', 'Wagner', 'שרה', ' ', '|', ')', '„', '“'), { maxLength: 12 })
      .map((parts) => parts.join(''));
    const finding = fc.constantFrom<Finding>(
      { kind: 'full-name', key: 'k', severity: 'breach', participantId: 'p', name: '' },
      { kind: 'phone-number', key: 'k', severity: 'breach', participantId: 'p', name: '', contact: 'phone' },
      { kind: 'phone-number', key: 'k', severity: 'breach', participantId: 'self', name: '', contact: 'email' },
      { kind: 'own-full-name', key: 'k', severity: 'reminder', participantId: 'self', name: '', phase: 'in-call' },
      { kind: 'own-full-name', key: 'k', severity: 'breach', participantId: 'self', name: '', phase: 'prejoin' },
      { kind: 'lookalike-name', key: 'k', severity: 'alert', participantId: 'p', name: '', reason: 'confusable' },
      { kind: 'duplicate-name', key: 'k', severity: 'alert', participantId: 'p', name: '', match: 'same' },
    );
    fc.assert(
      fc.property(bidiName, finding, (name, base) => {
        messages.clear();
        const root = renderOne({ ...base, name } as Finding);
        const notice = root.querySelector('[data-finding]')!;
        const shown = notice.querySelector('p.notice__name')!;
        expect(shown.textContent).toBe(name);
        // Everywhere else a name appears (substituted into a message), the message's own words
        // are outside any embedding, override or isolate the name opened.
        for (const p of notice.querySelectorAll('h2, p:not(.notice__name)')) {
          const text = p.textContent ?? '';
          const own = messages.get(text);
          expect(own, text).toBeDefined();
          const depth = embeddingDepths(text);
          for (const at of own!) expect(depth[at], `${JSON.stringify(text)} at ${at}`).toBe(0);
        }
        render(null, root);
      }),
      { numRuns: 500 },
    );
  });
});

/** Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). */
const BIDI_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

/**
 * How many embeddings, overrides and isolates are open at each UTF-16 position of one bidi
 * paragraph, as the Unicode bidi algorithm (UAX #9, rules X1-X8) counts them: a PDF closes the
 * innermost embedding or override unless an isolate is innermost, a PDI closes the innermost
 * isolate and all that was opened inside it, unmatched closers do nothing.
 */
function embeddingDepths(text: string): number[] {
  const stack: ('embed' | 'isolate')[] = [];
  const depths: number[] = [];
  for (const char of text) {
    depths.push(stack.length);
    if ('\u202A\u202B\u202D\u202E'.includes(char)) stack.push('embed');
    else if ('\u2066\u2067\u2068'.includes(char)) stack.push('isolate');
    else if (char === '\u202C' && stack.at(-1) === 'embed') stack.pop();
    else if (char === '\u2069' && stack.includes('isolate')) while (stack.pop() !== 'isolate');
    if (char.length === 2) depths.push(stack.length);
  }
  return depths;
}
