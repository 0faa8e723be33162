import { describe, expect, it } from 'vitest';
import { emptySnapshot, type CallSnapshot } from '../../../utils/clients/types';
import { freshMemory, remember, type CallMemory } from '../../../utils/checks/guards/call-memory';
import { runGuards } from '../../../utils/checks/guards';
import { nextReminderAt, reminderDue } from '../../../utils/checks/guards/reminder-schedule';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import { detailOf } from '../finding-fields';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const inCall = (over: Partial<CallSnapshot> = {}): CallSnapshot => ({ ...emptySnapshot('jitsi'), phase: 'in-call', ...over });
const joined = (over: Partial<CallMemory> = {}): CallMemory => ({ ...freshMemory(), inCallSince: T0, ...over });

describe('call memory', () => {
  it('notes when the call began, once', () => {
    const first = remember(freshMemory(), inCall(), T0);
    expect(first.inCallSince).toBe(T0);
    expect(remember(first, inCall(), T0 + MIN)).toBe(first);
  });
  it('does not start the call on the pre-join screen', () => {
    expect(remember(freshMemory(), { ...inCall(), phase: 'prejoin' }, T0).inCallSince).toBeNull();
  });
  it('notes a recording starting and stopping', () => {
    let memory = remember(joined(), inCall({ recording: true }), T0 + MIN);
    expect(memory).toMatchObject({ recordingOn: true, recordingStoppedAt: null });
    memory = remember(memory, inCall({ recording: false }), T0 + 2 * MIN);
    expect(memory).toMatchObject({ recordingOn: false, recordingStoppedAt: T0 + 2 * MIN });
    memory = remember(memory, inCall({ recording: null }), T0 + 3 * MIN); // unknown is not "stopped again"
    expect(memory.recordingStoppedAt).toBe(T0 + 2 * MIN);
    memory = remember(memory, inCall({ recording: true }), T0 + 4 * MIN);
    expect(memory).toMatchObject({ recordingOn: true, recordingStoppedAt: null });
  });
});

describe('screen-visibility reminder schedule', () => {
  it('is due at the start of the call, then every N minutes after it was seen', () => {
    const settings = { atJoin: true, everyMinutes: 30 };
    expect(nextReminderAt(joined(), settings)).toBe(T0);
    const seen = joined({ reminderSeenAt: T0 + 2 * MIN });
    expect(nextReminderAt(seen, settings)).toBe(T0 + 32 * MIN);
    expect(reminderDue(seen, settings, T0 + 31 * MIN)).toBe(false);
    expect(reminderDue(seen, settings, T0 + 32 * MIN)).toBe(true);
  });
  it('without atJoin, first after N minutes', () => {
    expect(nextReminderAt(joined(), { atJoin: false, everyMinutes: 15 })).toBe(T0 + 15 * MIN);
  });
  it('0 minutes means only once (or never without atJoin)', () => {
    expect(nextReminderAt(joined({ reminderSeenAt: T0 }), { atJoin: true, everyMinutes: 0 })).toBeNull();
    expect(nextReminderAt(joined(), { atJoin: false, everyMinutes: 0 })).toBeNull();
  });
  it('never before the call, never after "not again in this call"', () => {
    expect(nextReminderAt(freshMemory(), { atJoin: true, everyMinutes: 5 })).toBeNull();
    expect(nextReminderAt(joined({ remindersSnoozed: true }), { atJoin: true, everyMinutes: 5 })).toBeNull();
  });
});

describe('guards of the call', () => {
  const kinds = (snapshot: CallSnapshot, memory: CallMemory, now = T0, ruleSet = DEFAULT_RULE_SET) =>
    runGuards(snapshot, ruleSet, { keptOwnNames: [] }, now, memory).map((f) => `${f.kind}${detailOf(f) ? `:${detailOf(f)}` : ''}`);

  it('shows the screen reminder at the start of the call with the built-in rules', () => {
    expect(kinds(inCall(), joined())).toEqual(['screen-visibility']);
    expect(kinds(inCall(), joined({ reminderSeenAt: T0 }), T0 + 600 * MIN)).toEqual([]);
  });
  it('follows the rule set\'s reminder settings', () => {
    const every10 = { ...DEFAULT_RULE_SET, reminders: { atJoin: false, everyMinutes: 10 } };
    expect(kinds(inCall(), joined(), T0 + 9 * MIN, every10)).toEqual([]);
    expect(kinds(inCall(), joined(), T0 + 10 * MIN, every10)).toEqual(['screen-visibility']);
  });
  it('says when a recording stops', () => {
    expect(kinds(inCall({ recording: true }), joined({ reminderSeenAt: T0 }))).toEqual(['recording']);
    expect(kinds(inCall({ recording: false }), joined({ reminderSeenAt: T0, recordingStoppedAt: T0 }))).toEqual(['recording:stopped']);
  });
  it('a paused recording is an alert of its own, not "stopped", and does not count as stopping', () => {
    const seen = joined({ reminderSeenAt: T0 });
    expect(kinds(inCall({ recording: true, recordingPaused: true }), seen)).toEqual(['recording:paused']);
    let memory = remember(seen, inCall({ recording: true }), T0 + MIN);
    memory = remember(memory, inCall({ recording: true, recordingPaused: true }), T0 + 2 * MIN);
    expect(memory).toMatchObject({ recordingOn: true, recordingStoppedAt: null });
  });
  it('where the client shows a pause like a stop (Zoom\'s attendees), a recording gone away may only be paused', () => {
    const gone = joined({ reminderSeenAt: T0, recordingStoppedAt: T0 });
    expect(kinds(inCall({ recording: false, recordingPauseHidden: true }), gone)).toEqual(['recording:stopped-or-paused']);
  });
  it('reminds about private windows while sharing the screen', () => {
    expect(kinds(inCall({ screenSharing: true }), joined({ reminderSeenAt: T0 }))).toEqual(['screen-share']);
  });
  it('tells the moderator, and only the moderator, when lobby and password are both off', () => {
    const seen = joined({ reminderSeenAt: T0 });
    expect(kinds(inCall({ security: { moderator: true, lobbyEnabled: false, passwordSet: false } }), seen)).toEqual(['security-off:jitsi']);
    expect(kinds(inCall({ security: { moderator: false, lobbyEnabled: false, passwordSet: false } }), seen)).toEqual([]);
    expect(kinds(inCall({ security: { moderator: true, lobbyEnabled: true, passwordSet: false } }), seen)).toEqual([]);
    expect(kinds(inCall({ security: { moderator: true, lobbyEnabled: false, passwordSet: true } }), seen)).toEqual([]);
  });
});
