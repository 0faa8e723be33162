// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../utils/clients/meet/adapter';
import { clearDocument, loadFixture, people } from './load-fixture';

/** A new adapter for every test: what one remembers (a typed name, your id) never leaks into the next. */
let meetAdapter = createAdapter();
beforeEach(() => {
  meetAdapter = createAdapter();
});

const read = () => meetAdapter.read(document, null);
afterEach(clearDocument);

describe('meet adapter', () => {
  it('is meet.google.com', () => {
    expect(meetAdapter.recognises(document, new URL('https://meet.google.com/abc-defg-hij'))).toBe(true);
    expect(meetAdapter.recognises(document, new URL('https://meet.google.com.example.org/abc'))).toBe(false);
  });

  it('reads the guest name on the pre-join screen', () => {
    const fixture = loadFixture('meet/prejoin.html');
    expect(read()).toMatchObject({ client: 'meet', phase: 'prejoin', selfName: null });
    fixture.typeName!('Sabine Wagner');
    expect(read().selfName).toBe('Sabine Wagner');
  });

  it('reads tiles and people panel by participant id, you by data-self-name', () => {
    loadFixture('meet/in-call.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: 'Sabine Wagner', recording: null, unreadable: null });
    expect(people(snapshot)).toEqual([
      { name: 'Sabine Wagner', isSelf: true, shownIn: ['pane', 'tile'] },
      { name: '+49 171 2345678', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Klaus van den Berg', isSelf: false, shownIn: ['pane', 'tile'] },
    ]);
    expect(snapshot.participants.map((p) => p.id)).toContain('spaces/AAAA/devices/103');
  });

  it('German people panel as the bots read it: names from the inner element; you only by data-self-name', () => {
    loadFixture('meet/people-panel-de.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: 'Mia Ostermann', unreadable: null });
    expect(people(snapshot)).toEqual([
      { name: 'Mia Ostermann', isSelf: true, shownIn: ['pane', 'tile'] },
      { name: '(me)', isSelf: false, shownIn: ['pane'] },
      { name: 'Eve (Du)', isSelf: false, shownIn: ['pane'] },
      { name: 'Eve (Me) 0171 2345678', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Eve (You)', isSelf: false, shownIn: ['pane', 'tile'] },
    ]);
  });

  it.each(['Eve (Me)', 'Eve (Ich)', 'Eve (Host, me)', 'Eve (You)', 'Eve (Du)', '(me)'])('a participant named %j is someone else', (name) => {
    const fixture = loadFixture('meet/in-call.html');
    const id = fixture.join!(name) as string;
    const snapshot = read();
    expect(snapshot.selfName).toBe('Sabine Wagner');
    expect(snapshot.participants.find((p) => p.id === id)).toMatchObject({ name, isSelf: false, shownIn: ['tile', 'pane'] });
  });

  it('picks up renames', () => {
    const fixture = loadFixture('meet/in-call.html');
    fixture.rename!('+49 171 2345678', 'Mia');
    expect(people(read()).map((p) => p.name)).toContain('Mia');
  });

  it('never claims all is well when the names cannot be read', () => {
    loadFixture('meet/in-call.html');
    document.querySelectorAll('.notranslate').forEach((el) => el.classList.remove('notranslate'));
    document.getElementById('people')?.remove();
    expect(read().unreadable).toBe('no participant names');
  });
});
