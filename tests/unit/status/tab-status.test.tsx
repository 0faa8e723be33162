// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabStatus } from '../../../components/status/TabStatus';
import { badgeText } from '../../../utils/platform/badge';
import type { TabState } from '../../../utils/platform/messages';

const call: TabState = { client: 'zoom', clientLabel: 'Zoom', phase: 'in-call', openFindings: 1, kinds: ['coverage-partial'], unreadable: false, quickCheckDone: true, groupCall: true };

/** The popup and the badge tell the same truth: "?" and "could not read", or "12 of 100". */
describe('TabStatus beside the badge', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => [key, ...(subs ?? [])].join(' ')) as typeof fakeBrowser.i18n.getMessage);
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  it('partial: how many of how many, as on the badge', () => {
    const state = { ...call, coverage: { checked: 12, total: 100 } };
    render(<TabStatus state={state} />, root);
    expect(root.querySelector('[data-status="coverage-partial"]')?.textContent).toBe('popupCoveragePartial 12 100');
    expect(badgeText(state)).toBe('12%');
  });

  it('unreadable: "could not read this call", and "?" on the badge, no count of coverage', () => {
    const state = { ...call, unreadable: true, kinds: ['client-unreadable'], coverage: null };
    render(<TabStatus state={state} />, root);
    expect(root.querySelector('[data-status="unreadable"]')?.textContent).toBe('popupUnreadableShort');
    expect(root.querySelector('[data-status="coverage-partial"]')).toBeNull();
    expect(badgeText(state)).toBe('?');
  });
});
