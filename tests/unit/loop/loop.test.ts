// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { startCallLoop } from '../../../utils/call/loop';
import { emptySnapshot, type CallSnapshot, type ClientAdapter } from '../../../utils/clients/types';

const adapter = (read: ClientAdapter['read']): ClientAdapter => ({
  id: 'test',
  label: 'Test',
  recognises: () => true,
  read,
  isRelevant: (record) => record.type === 'childList',
  observedAttributes: [],
});

function run(read: ClientAdapter['read']) {
  const controller = new AbortController();
  const seen: CallSnapshot[] = [];
  const loop = startCallLoop({
    adapter: adapter(read),
    doc: document,
    win: window,
    signal: controller.signal,
    isOwnNode: () => false,
    onSnapshot: (snapshot) => seen.push(snapshot),
  });
  return { seen, loop, stop: () => controller.abort() };
}

describe('the call loop', () => {
  it('turns an adapter that throws into an unreadable snapshot, never into silence', async () => {
    const { seen, stop } = run(() => {
      throw new Error('selector broke');
    });
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toMatchObject({ phase: 'unknown' });
    expect(seen[0]!.unreadable).toContain('selector broke');
    stop();
  });

  it('keeps an unreadable call unreadable through empty reads, until someone else is read (no flicker)', async () => {
    const reads: CallSnapshot[] = [
      { ...emptySnapshot('test'), phase: 'in-call', unreadable: 'no participant names' },
      emptySnapshot('test'), // the markers went too: nothing was read
      { ...emptySnapshot('test'), phase: 'in-call', participants: [{ id: 'me', name: 'Sabine', isSelf: true, shownIn: ['tile'] }] },
      { ...emptySnapshot('test'), phase: 'in-call', participants: [{ id: 'b', name: 'Ben', isSelf: false, shownIn: ['tile'] }] },
    ];
    let next = 0;
    const { seen, stop } = run(() => reads[Math.min(next++, reads.length - 1)]!);
    await expect.poll(() => seen.length).toBe(1);
    for (let i = 0; i < 3; i++) {
      document.body.append(document.createElement('span'));
      await new Promise((done) => setTimeout(done, 30));
    }
    await expect.poll(() => seen.at(-1)?.participants[0]?.name).toBe('Ben');
    expect(seen.map((s) => s.unreadable)).toEqual(['no participant names', 'no participant names', 'no participant names', null]);
    stop();
  });

  it('reads again on a relevant change, and passes on only changed snapshots', async () => {
    let names = 0;
    const { seen, loop, stop } = run(() => ({ ...emptySnapshot('test'), phase: 'in-call', selfName: `n${names}` }));
    await expect.poll(() => seen.length).toBe(1);
    document.body.append(document.createElement('span')); // relevant, same snapshot
    await expect.poll(() => loop.reads).toBe(2);
    expect(seen).toHaveLength(1);
    names++;
    document.body.append(document.createElement('span'));
    await expect.poll(() => seen.length).toBe(2);
    stop();
  });

  it('does not read for changes the adapter calls irrelevant', async () => {
    const { loop, stop } = run(() => emptySnapshot('test'));
    await expect.poll(() => loop.reads).toBe(1);
    document.body.setAttribute('class', 'speaker'); // an active-speaker class: attributes are not observed
    const text = document.createTextNode('00:12:34');
    document.head.append(text); // relevant: one read
    await expect.poll(() => loop.reads).toBe(2);
    text.data = '00:12:35'; // a clock tick: characterData, which this adapter calls irrelevant
    await new Promise((done) => setTimeout(done, 50));
    expect(loop.reads).toBe(2);
    stop();
  });
});
