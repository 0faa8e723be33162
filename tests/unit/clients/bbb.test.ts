// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../utils/clients/bbb/adapter';
import { clearDocument, loadFixture, people } from './load-fixture';

/** A new adapter for every test: what one remembers (a typed name, your id) never leaks into the next. */
let bbbAdapter = createAdapter();
beforeEach(() => {
  bbbAdapter = createAdapter();
});

const SERVER = 'https://bbb.selbsthilfe-beispiel.de';
const read = () => bbbAdapter.read(document, null);
afterEach(clearDocument);

describe('bbb adapter: recognises', () => {
  it('by path on any host: the client and Greenlight\'s join page', () => {
    expect(bbbAdapter.recognises(document, new URL(`${SERVER}/html5client/join?sessionToken=abc`))).toBe(true);
    expect(bbbAdapter.recognises(document, new URL(`${SERVER}/rooms/abc-def-ghi-jkl/join`))).toBe(true);
    expect(bbbAdapter.recognises(document, new URL(`${SERVER}/about`))).toBe(false);
  });

  it.each(['bbb/prejoin.html', 'bbb/in-call.html'])('by markup: %s', (fixture) => {
    loadFixture(fixture);
    expect(bbbAdapter.recognises(document, new URL(`${SERVER}/b/some-room`))).toBe(true);
  });
});

describe('bbb adapter: reading', () => {
  it('reads the name typed into Greenlight\'s join form', () => {
    const fixture = loadFixture('bbb/prejoin.html');
    expect(read()).toMatchObject({ client: 'bbb', phase: 'prejoin', selfName: null });
    fixture.typeName!('Sabine Wagner');
    expect(read().selfName).toBe('Sabine Wagner');
  });

  it('reads the user list (you: userListItemCurrent) and the webcam names', () => {
    loadFixture('bbb/in-call.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: 'Sabine Wagner', recording: false, unreadable: null });
    expect(people(snapshot)).toEqual([
      { name: 'Sabine Wagner', isSelf: true, shownIn: ['pane', 'tile'] },
      { name: '0171 2345678', isSelf: false, shownIn: ['pane'] },
      { name: 'Klaus van den Berg', isSelf: false, shownIn: ['pane', 'tile'] },
    ]);
  });

  it('German, small webcams: the name before BigBlueButton\'s own label; you only by userListItemCurrent', () => {
    loadFixture('bbb/squeezed-de.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: 'Mia', unreadable: null });
    expect(people(snapshot)).toEqual([
      { name: 'Mia', isSelf: true, shownIn: ['pane', 'tile'] },
      { name: 'Carla', isSelf: false, shownIn: ['tile'] },
      { name: 'Eve (Du)', isSelf: false, shownIn: ['pane'] },
      { name: 'Eve (Me) 0171 2345678', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Tom', isSelf: false, shownIn: ['pane'] },
    ]);
  });

  it('a squeezed tile in another UI language gives no name rather than a guessed one', () => {
    loadFixture('bbb/squeezed-de.html');
    document.querySelector('[data-test="webcamOptionsMenuSqueezed"]')!.setAttribute('aria-label', 'Mia Options de la webcam');
    document.querySelector('[data-test="userList"]')!.remove();
    expect(people(read()).map((p) => p.name)).toEqual(['Carla', 'Eve (Me) 0171 2345678']);
  });

  it('says "recording" only while the indicator shows the running time', () => {
    const fixture = loadFixture('bbb/in-call.html');
    expect(read().recording).toBe(false);
    fixture.startRecording!();
    expect(read().recording).toBe(true);
    fixture.stopRecording!();
    expect(read().recording).toBe(false);
  });

  it('never claims all is well when rows have no names (BigBlueButton before 3.0)', () => {
    loadFixture('bbb/in-call.html');
    document.querySelectorAll('[aria-label]').forEach((el) => el.removeAttribute('aria-label'));
    document.getElementById('cameraDock')?.remove();
    expect(read().unreadable).toBe('no participant names');
  });
});
