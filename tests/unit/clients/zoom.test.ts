// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../utils/clients/zoom/adapter';
import { clearDocument, loadFixture, people } from './load-fixture';

/** A new adapter for every test: what one remembers (a typed name, your id) never leaks into the next. */
let zoomAdapter = createAdapter();
beforeEach(() => {
  zoomAdapter = createAdapter();
});

const CLIENT = new URL('https://app.zoom.us/wc/81234567890/join?from=pwa');
const read = () => zoomAdapter.read(document, null);

afterEach(clearDocument);

describe('zoom adapter: recognises', () => {
  it('takes the web client on Zoom hosts, under /wc/ only', () => {
    loadFixture('zoom/prejoin.html');
    expect(zoomAdapter.recognises(document, CLIENT)).toBe(true);
    expect(zoomAdapter.recognises(document, new URL('https://zoom.us/wc/join/81234567890'))).toBe(true);
    expect(zoomAdapter.recognises(document, new URL('https://acme.zoom.us/wc/81234567890/start'))).toBe(true);
    expect(zoomAdapter.recognises(document, new URL('https://zoom.us/j/81234567890'))).toBe(false);
    expect(zoomAdapter.recognises(document, new URL('https://zoom.us.example.org/wc/1'))).toBe(false);
  });

  it('leaves the web app shell alone: the call is in its iframe#webclient', () => {
    loadFixture('zoom/shell.html');
    expect(zoomAdapter.recognises(document, new URL('https://app.zoom.us/wc/81234567890/join'))).toBe(false);
    expect(zoomAdapter.inFrames).toBe(true);
  });
});

describe('zoom adapter: pre-join', () => {
  it('reads the empty and the typed name', () => {
    const fixture = loadFixture('zoom/prejoin.html');
    expect(read()).toMatchObject({ client: 'zoom', phase: 'prejoin', selfName: null, unreadable: null });
    fixture.typeName!('Sabine Wagner');
    expect(read()).toMatchObject({ phase: 'prejoin', selfName: 'Sabine Wagner' });
  });
});

describe('zoom adapter: in the call', () => {
  it('reads tiles (two name elements, one person) and the list rows, and strips "(Host, Me)"', () => {
    loadFixture('zoom/in-call.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: 'Sabine Wagner', recording: false, unreadable: null });
    expect(people(snapshot)).toEqual([
      { name: 'Sabine Wagner', isSelf: true, shownIn: ['pane', 'tile'] },
      { name: '+49 171 2345678', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Klaus van den Berg', isSelf: false, shownIn: ['pane', 'tile'] },
    ]);
  });

  it('reads Zoom\'s head count, which says the list is incomplete when it counts more people than it rendered', () => {
    const fixture = loadFixture('zoom/in-call.html');
    expect(read()).toMatchObject({ headCount: 5, participants: { length: 3 } });
    fixture.setCount!('3');
    expect(read()).toMatchObject({ headCount: 3, participants: { length: 3 } });
    fixture.join!('Mia');
    fixture.join!('Tom');
    fixture.setCount!('5');
    expect(read()).toMatchObject({ headCount: 5, participants: { length: 5 } });
  });

  it('uses the footer counter when the list is closed', () => {
    loadFixture('zoom/in-call.html');
    document.querySelector('.participants-section-container')?.remove();
    const snapshot = read();
    expect(snapshot.participants).toHaveLength(3);
    expect(snapshot.headCount).toBe(5);
  });

  it('knows you by the name you typed when the list is closed', () => {
    const prejoin = loadFixture('zoom/prejoin.html');
    prejoin.typeName!('Sabine Wagner');
    read();
    loadFixture('zoom/in-call.html');
    document.querySelector('.participants-section-container')?.remove();
    expect(read()).toMatchObject({ selfName: 'Sabine Wagner' });
  });

  it.each(['(Me)', '(Ich)', '(Moderator, Ich)', '(Co-Host, Mich)', '（主持人，我）'])('strips the label %s', (label) => {
    loadFixture('zoom/in-call.html');
    const labelElement = document.querySelector('.participants-item__name-label')!;
    labelElement.textContent = ` ${label}`;
    expect(read().selfName).toBe('Sabine Wagner');
  });

  it('does not take a nickname in brackets for the label', () => {
    const fixture = loadFixture('zoom/in-call.html');
    fixture.join!('Benjamin (Ben)');
    expect(people(read()).find((p) => p.name.startsWith('Benjamin'))).toEqual({ name: 'Benjamin (Ben)', isSelf: false, shownIn: ['tile'] });
  });

  it('reads the recording indicator', () => {
    const fixture = loadFixture('zoom/in-call.html');
    fixture.startRecording!();
    expect(read().recording).toBe(true);
    fixture.stopRecording!();
    expect(read().recording).toBe(false);
  });

  it('picks up renames and people leaving', () => {
    const fixture = loadFixture('zoom/in-call.html');
    fixture.rename!('+49 171 2345678', 'Mia');
    fixture.leave!('Klaus van den Berg');
    expect(people(read()).map((p) => p.name)).toEqual(['Sabine Wagner', 'Mia']);
  });

  it('never claims all is well when the names cannot be read', () => {
    loadFixture('zoom/unreadable.html');
    expect(read()).toMatchObject({ phase: 'in-call', participants: [], unreadable: 'no participant names' });
    document.querySelectorAll('.video-avatar__avatar').forEach((tile) => tile.remove());
    expect(read().unreadable).toBe('no participant elements');
  });

  it('is unknown outside pre-join and call (the shell)', () => {
    loadFixture('zoom/shell.html');
    expect(read()).toMatchObject({ phase: 'unknown', participants: [], unreadable: null });
  });
});

describe('zoom adapter: mutations', () => {
  it('re-reads for names and recording, not for unrelated churn', () => {
    loadFixture('zoom/in-call.html');
    const name = document.querySelector('.video-avatar__avatar-name')!;
    const text = name.firstChild!;
    expect(zoomAdapter.isRelevant({ type: 'characterData', target: text } as unknown as MutationRecord)).toBe(true);
    const clock = document.createElement('span');
    document.body.append(clock);
    clock.textContent = '12:01';
    expect(zoomAdapter.isRelevant({ type: 'characterData', target: clock.firstChild } as unknown as MutationRecord)).toBe(false);
    const box = document.createElement('div');
    box.className = 'recording-indication__recording-container';
    expect(
      zoomAdapter.isRelevant({ type: 'childList', target: document.body, addedNodes: [box] as unknown as NodeList, removedNodes: [] as unknown as NodeList } as unknown as MutationRecord),
    ).toBe(true);
  });
});
