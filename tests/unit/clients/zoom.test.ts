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
  it('reads tiles (two name elements, one person) and the list rows; you by Zoom\'s label element "(Host, Me)"', () => {
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

  it('takes nobody for you when the list is closed: the name you typed is not proof (anyone can take it)', () => {
    const prejoin = loadFixture('zoom/prejoin.html');
    prejoin.typeName!('Sabine Wagner');
    read();
    loadFixture('zoom/in-call.html');
    document.querySelector('.participants-section-container')?.remove();
    const snapshot = read();
    expect(snapshot.selfName).toBeNull();
    expect(snapshot.participants.every((p) => !p.isSelf)).toBe(true);
  });

  it.each(['(Me)', '(Ich)', '(Moderator, Ich)', '(Co-Host, Mich)', '(Host, me)', '（主持人，我）', '(Ja)'])(
    'takes Zoom\'s label element %s for you',
    (label) => {
      loadFixture('zoom/in-call.html');
      document.querySelector('.participants-item__name-label')!.textContent = ` ${label}`;
      expect(read().selfName).toBe('Sabine Wagner');
    },
  );

  it.each(['(Host)', '(Co-host)', '(Moderator)', '(Co-Host)', ''])('does not take the label element %j for you', (label) => {
    loadFixture('zoom/in-call.html');
    document.querySelector('.participants-item__name-label')!.textContent = ` ${label}`;
    expect(read()).toMatchObject({ selfName: null });
    expect(people(read()).find((p) => p.name === 'Sabine Wagner')).toEqual({ name: 'Sabine Wagner', isSelf: false, shownIn: ['pane', 'tile'] });
  });

  it('does not take a nickname in brackets for a label', () => {
    const fixture = loadFixture('zoom/in-call.html');
    fixture.join!('Benjamin (Ben)');
    expect(people(read()).find((p) => p.name.startsWith('Benjamin'))).toEqual({ name: 'Benjamin (Ben)', isSelf: false, shownIn: ['tile'] });
  });

  it('German list: hosts and co-hosts by their names alone; Zoom\'s labels typed into a name are part of the name', () => {
    loadFixture('zoom/hosts-de.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: 'Mia', unreadable: null });
    // Everyone in the list is read: the head count matches the people (no partial check).
    expect(snapshot.headCount ?? snapshot.participants.length).toBe(snapshot.participants.length);
    expect(people(snapshot)).toEqual([
      { name: 'Mia', isSelf: true, shownIn: ['pane', 'tile'] },
      { name: '(me)', isSelf: false, shownIn: ['pane'] },
      { name: 'Eve (Host, me)', isSelf: false, shownIn: ['pane'] },
      { name: 'Eve (Ich)', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Eve (Me) 0171 2345678', isSelf: false, shownIn: ['pane'] },
      { name: 'Gabi', isSelf: false, shownIn: ['pane'] },
      { name: 'Tom', isSelf: false, shownIn: ['pane'] },
    ]);
  });

  it.each(['Eve (Me)', 'Eve (Ich)', 'Eve (Host, me)', 'Eve (You)', 'Eve (Du)', '(me)', 'Eve （我）'])(
    'a tile and a row named %j are someone else',
    (name) => {
      const fixture = loadFixture('zoom/in-call.html');
      fixture.join!(name);
      document.querySelector('.participants-item__display-name')!.textContent = name;
      document.querySelector('.participants-item__name-label')!.textContent = ' ';
      const snapshot = read();
      expect(snapshot.selfName).toBeNull();
      expect(snapshot.participants.find((p) => p.name === name)).toMatchObject({ isSelf: false });
    },
  );

  it('the joining screen is waiting, not unreadable; then the call is read', () => {
    const fixture = loadFixture('zoom/joining.html');
    expect(read()).toMatchObject({ phase: 'unknown', participants: [], unreadable: null });
    fixture.joined!();
    expect(read()).toMatchObject({ phase: 'in-call', unreadable: 'no participant elements' });
  });

  it('re-reads when the joining screen is hidden (style)', () => {
    loadFixture('zoom/joining.html');
    expect(zoomAdapter.observedAttributes).toContain('style');
    const loading = document.querySelector('#wc-loading')!;
    expect(zoomAdapter.isRelevant({ type: 'attributes', target: loading, attributeName: 'style' } as unknown as MutationRecord)).toBe(true);
  });

  it('reads a paused recording (the host\'s view) as recording and paused, not stopped', () => {
    const fixture = loadFixture('zoom/in-call.html');
    fixture.pauseRecording!();
    expect(read()).toMatchObject({ recording: true, recordingPaused: true });
    fixture.startRecording!();
    document.querySelector('.recording-indication__recording-status')!.classList.remove('recording-indication__recording-status--paused');
    expect(read().recordingPaused).toBeUndefined();
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
