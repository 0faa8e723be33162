import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createTabReporter } from '../../../utils/call/report';
import type { CallSnapshot, ClientAdapter } from '../../../utils/clients/types';
import type { Finding } from '../../../utils/checks/guards/types';

const adapter = { id: 'jitsi', label: 'Jitsi Meet' } as ClientAdapter;
const snapshot = { phase: 'in-call' } as CallSnapshot;
const unknown = (id: string): Finding => ({ kind: 'unknown-participant', key: `u:${id}`, severity: 'reminder', participantId: id, name: `Name ${id}` });

describe('the tab reporter', () => {
  let sent: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((message: unknown) => (sent.push(message), Promise.resolve()));
    vi.stubGlobal('document', { visibilityState: 'hidden' });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('sends counts and kinds, never a name', () => {
    createTabReporter(adapter)(snapshot, { findings: [unknown('a')], quickCheckDone: false, rosterCard: false });
    expect(JSON.stringify(sent)).not.toContain('Name a');
    expect(sent).toContainEqual({ type: 'roster-joined', count: 1 });
  });

  it('counts newcomers per call: a second call starts from nobody', () => {
    const first = createTabReporter(adapter);
    first(snapshot, { findings: [unknown('a')], quickCheckDone: false, rosterCard: false });
    first(snapshot, { findings: [unknown('a'), unknown('b')], quickCheckDone: false, rosterCard: false });
    createTabReporter(adapter)(snapshot, { findings: [unknown('a')], quickCheckDone: false, rosterCard: false });
    expect(sent.filter((m) => (m as { type: string }).type === 'roster-joined')).toEqual([
      { type: 'roster-joined', count: 1 },
      { type: 'roster-joined', count: 1 },
      { type: 'roster-joined', count: 1 },
    ]);
  });
});
