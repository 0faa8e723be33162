// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../utils/clients/teams/adapter';
import { clearDocument, loadFixture, people } from './load-fixture';

/** A new adapter for every test: what one remembers (a typed name, your id) never leaks into the next. */
let teamsAdapter = createAdapter();
beforeEach(() => {
  teamsAdapter = createAdapter();
});

const read = () => teamsAdapter.read(document, null);
afterEach(clearDocument);

describe('teams adapter', () => {
  it('is Teams for work and school and the free Teams, nothing else (Skype gets nothing)', () => {
    expect(teamsAdapter.recognises(document, new URL('https://teams.microsoft.com/v2/'))).toBe(true);
    expect(teamsAdapter.recognises(document, new URL('https://teams.live.com/meet/9312345678901'))).toBe(true);
    expect(teamsAdapter.recognises(document, new URL('https://web.skype.com/'))).toBe(false);
    expect(teamsAdapter.inFrames).toBeFalsy();
  });

  it('reads the typed name on the pre-join screen', () => {
    const fixture = loadFixture('teams/prejoin.html');
    expect(read()).toMatchObject({ client: 'teams', phase: 'prejoin', selfName: null, unreadable: null });
    fixture.typeName!('0171 2345678');
    expect(read().selfName).toBe('0171 2345678');
  });

  it('reads tiles and the People pane, one person each', () => {
    loadFixture('teams/in-call.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', recording: null, unreadable: null });
    expect(people(snapshot)).toEqual([
      { name: '+49 171 2345678', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Klaus van den Berg', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Sabine Wagner', isSelf: false, shownIn: ['pane', 'tile'] },
    ]);
  });

  it('takes nobody for you by the name typed before joining: anyone can take the same name', () => {
    loadFixture('teams/prejoin.html').typeName!('Sabine Wagner');
    read();
    loadFixture('teams/in-call.html');
    const snapshot = read();
    expect(snapshot.selfName).toBeNull();
    expect(snapshot.participants.find((p) => p.name === 'Sabine Wagner')).toMatchObject({ isSelf: false });
  });

  it('new Teams in German: Teams\' own labels off the name, stacked ones too; nobody is taken for you', () => {
    loadFixture('teams/guests-de.html');
    const snapshot = read();
    expect(snapshot).toMatchObject({ phase: 'in-call', selfName: null, unreadable: null });
    expect(people(snapshot)).toEqual([
      { name: '(Unfamiliar)', isSelf: false, shownIn: ['pane'] },
      { name: 'Bob', isSelf: false, shownIn: ['pane', 'tile'] },
      { name: 'Carla Ostermann', isSelf: false, shownIn: ['tile'] },
      { name: 'Dana', isSelf: false, shownIn: ['tile'] },
      { name: 'Eve (Ich)', isSelf: false, shownIn: ['tile'] },
      { name: 'Eve (Me) 0171 2345678', isSelf: false, shownIn: ['tile'] },
      { name: 'Eve (You)', isSelf: false, shownIn: ['pane'] },
      { name: 'Gina', isSelf: false, shownIn: ['pane'] },
    ]);
  });

  it('the free Teams: tiles named by their aria-label up to the first comma', () => {
    loadFixture('teams/live.html');
    expect(people(read())).toEqual([
      { name: 'Bob', isSelf: false, shownIn: ['tile'] },
      { name: 'Eve (You) 0171 2345678', isSelf: false, shownIn: ['tile'] },
      { name: 'Mia', isSelf: false, shownIn: ['tile'] },
    ]);
  });

  it.each(['Eve (Me)', 'Eve (Ich)', 'Eve (Host, me)', 'Eve (You)', 'Eve (Du)', '(me)'])('a participant named %j is someone else', (name) => {
    const fixture = loadFixture('teams/in-call.html');
    fixture.join!(name);
    const snapshot = read();
    expect(snapshot.selfName).toBeNull();
    expect(snapshot.participants.find((p) => p.name === name)).toMatchObject({ isSelf: false, shownIn: ['tile', 'pane'] });
  });

  it('reads "Meet now" rows and picks up joins and leaves', () => {
    const fixture = loadFixture('teams/in-call.html');
    document.querySelectorAll('[data-cid="calling-participant-stream"]').forEach((tile) => tile.remove());
    for (const row of document.querySelectorAll('[data-tid^="participantsInCall-"]')) {
      row.setAttribute('data-tid', row.getAttribute('data-tid')!.replace('participantsInCall-', 'attendeesInMeeting-'));
    }
    expect(read().participants).toHaveLength(3);
    fixture.join!('mia@example.org');
    expect(people(read()).map((p) => p.name)).toContain('mia@example.org');
  });

  it('never claims all is well when the selectors stop matching', () => {
    loadFixture('teams/in-call.html');
    for (const tag of document.querySelectorAll('[data-tid="participant-info-nametag"]')) tag.setAttribute('data-tid', 'renamed');
    document.getElementById('roster')?.remove();
    expect(read().unreadable).toBe('no participant names');
    document.getElementById('stage')?.remove();
    expect(read().unreadable).toBe('no participant elements');
  });
});
