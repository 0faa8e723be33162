// @vitest-environment happy-dom
import fc from 'fast-check';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Overlay } from '../../../components/overlay/Overlay';
import { MAX_SHOWN_NAME } from '../../../components/overlay/shorten';
import type { Finding } from '../../../utils/checks/guards/types';

// Messages as the browser would give them: the substitutions appear in the text as they are.
vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
  `${key}(${([] as string[]).concat(subs ?? []).join('|')})`) as typeof fakeBrowser.i18n.getMessage);

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
        for (const tag of tags) expect(['section', 'div', 'article', 'h2', 'p', 'button']).toContain(tag);
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

  it('keeps bidi overrides in a name from reordering the text around it', () => {
    const root = renderOne({ kind: 'full-name', key: 'k', severity: 'breach', participantId: 'p', name: '\u202Eenibas Wagner' });
    // The name sits in its own element, isolated by CSS (unicode-bidi: isolate) from the notice text.
    expect(root.querySelector('.notice__name')!.textContent).toBe('\u202Eenibas Wagner');
  });
});
