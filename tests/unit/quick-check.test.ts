import { describe, expect, it } from 'vitest';
import { localDay, markQuickCheckDone, quickCheckDone } from '../../utils/checks/quick-check';

const MORNING = new Date(2026, 10, 27, 9, 0).getTime();
const EVENING = new Date(2026, 10, 27, 21, 0).getTime();
const NEXT_DAY = new Date(2026, 10, 28, 9, 0).getTime();
const ROOM = 'https://meet.jit.si/GruppeMitte';

describe('quick check state', () => {
  it('is kept for the day and the meeting link', () => {
    const checks = markQuickCheckDone({}, ROOM, MORNING);
    expect(quickCheckDone(checks, ROOM, EVENING)).toBe(true);
    expect(quickCheckDone(checks, 'https://meet.jit.si/gruppemitte?lang=de', EVENING)).toBe(true);
    expect(quickCheckDone(checks, 'https://meet.jit.si/AndereGruppe', EVENING)).toBe(false);
    expect(quickCheckDone(checks, ROOM, NEXT_DAY)).toBe(false);
  });
  it('forgets earlier days when a new check is done', () => {
    const yesterday = markQuickCheckDone({}, 'https://meet.jit.si/Alt', MORNING);
    const today = markQuickCheckDone(yesterday, ROOM, NEXT_DAY);
    expect(Object.keys(today)).toEqual(['https://meet.jit.si/gruppemitte']);
  });
  it('uses the local calendar day', () => {
    expect(localDay(MORNING)).toBe('2026-11-27');
  });
  it('ignores pages that are no https meeting', () => {
    expect(markQuickCheckDone({}, 'about:blank', MORNING)).toEqual({});
    expect(quickCheckDone({}, 'about:blank', MORNING)).toBe(false);
  });
});
