// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_CLIENTS } from './all-adapters';
import { pickAdapter as pickFrom } from '../../../utils/clients/pick-adapter';

const pickAdapter = (doc: Document, url: URL) => pickFrom(doc, url, ALL_CLIENTS);
import { createAdapter } from '../../../utils/clients/nextcloud-talk/adapter';
import { clearDocument, loadFixture, people } from './load-fixture';

const SERVER = 'https://cloud.selbsthilfe-beispiel.de';
const ROOM = new URL(`${SERVER}/call/x7k2m9pq`);

/** A new adapter for every test: what one remembers (the typed name) never leaks into the next. */
let talk = createAdapter();
beforeEach(() => {
  talk = createAdapter();
});
afterEach(clearDocument);
const read = () => talk.read(document, null);

describe('nextcloud talk adapter: recognises', () => {
  it('by its conversation links on any host, also behind /index.php', () => {
    expect(talk.recognises(document, ROOM)).toBe(true);
    expect(talk.recognises(document, new URL(`${SERVER}/index.php/call/x7k2m9pq`))).toBe(true);
    expect(talk.recognises(document, new URL(`${SERVER}/apps/files/`))).toBe(false);
  });

  it.each(['nextcloud-talk/prejoin.html', 'nextcloud-talk/in-call.html'])('by markup: %s', (fixture) => {
    loadFixture(fixture);
    expect(talk.recognises(document, new URL(`${SERVER}/apps/spreed/`))).toBe(true);
  });

  it('is the adapter picked on a self-hosted Talk server, and no other client claims its pages', () => {
    loadFixture('nextcloud-talk/in-call.html');
    expect(pickAdapter(document, ROOM)?.id).toBe('nextcloud-talk');
  });
});

describe('nextcloud talk adapter: reading', () => {
  it('reads the name a guest types, and keeps it through the device check', () => {
    const fixture = loadFixture('nextcloud-talk/prejoin.html');
    expect(read()).toMatchObject({ client: 'nextcloud-talk', phase: 'prejoin', selfName: null });
    fixture.typeName!('Sabine Wagner');
    expect(read()).toMatchObject({ phase: 'prejoin', selfName: 'Sabine Wagner' });
    fixture.submitName!();
    expect(read()).toMatchObject({ phase: 'prejoin', selfName: 'Sabine Wagner' });
  });

  it('reads the tiles and the participants tab; one person shown twice counts once', () => {
    loadFixture('nextcloud-talk/in-call.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', recording: false, unreadable: null });
    expect(people(snapshot)).toEqual([
      { name: '0171 2345678', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Klaus van den Berg', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Sabine Wagner', isSelf: false, shownIn: ['pane'] },
    ]);
  });

  it('takes nobody for you by the name typed before joining: anyone can take the same name', () => {
    const prejoin = loadFixture('nextcloud-talk/prejoin.html');
    prejoin.typeName!('Sabine Wagner');
    read();
    loadFixture('nextcloud-talk/in-call.html');
    const snapshot = read();
    expect(snapshot.selfName).toBeNull();
    expect(snapshot.participants.find((p) => p.name === 'Sabine Wagner')).toMatchObject({ isSelf: false });
  });

  it.each(['Eve (Me)', 'Eve (Ich)', 'Eve (guest)', 'Eve (You)', 'Eve (Du)', '(me)'])('a participant named %j is checked like anyone', (name) => {
    loadFixture('nextcloud-talk/in-call.html');
    document.querySelector('.participant__user-name')!.textContent = name;
    const snapshot = read();
    expect(snapshot.selfName).toBeNull();
    expect(snapshot.participants.find((p) => p.name === name)).toMatchObject({ isSelf: false, shownIn: ['pane'] });
  });

  it('says "recording" while the call timer shows the record icon', () => {
    const fixture = loadFixture('nextcloud-talk/in-call.html');
    fixture.startRecording!();
    expect(read().recording).toBe(true);
    fixture.stopRecording!();
    expect(read().recording).toBe(false);
  });

  it('never claims all is well when the names are gone', () => {
    loadFixture('nextcloud-talk/in-call.html');
    document.querySelectorAll('.participant-name, .participant__user-name').forEach((el) => el.remove());
    expect(read().unreadable).toBe('no participant names');
  });
});
