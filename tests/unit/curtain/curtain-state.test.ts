import { describe, expect, it } from 'vitest';
import { modeOf, nextChoice, NO_CURTAIN, type CurtainCommand } from '../../../utils/call/curtain-state';

const after = (...commands: CurtainCommand[]) => commands.reduce(nextChoice, NO_CURTAIN);

describe('what the curtain shows', () => {
  it('the shortcut hides the call and shows it again', () => {
    expect(modeOf(after('call'))).toBe('call');
    expect(modeOf(after('call', 'call'))).toBeNull();
  });

  it('names only is kept under the whole call\'s curtain, and comes back when it lifts', () => {
    expect(modeOf(after('names'))).toBe('names');
    expect(modeOf(after('names', 'call'))).toBe('call');
    expect(modeOf(after('names', 'call', 'lift'))).toBe('names');
  });

  it('the curtain\'s own button over names only (the whole-page fallback) lifts names too, but keeps watching the share', () => {
    expect(modeOf(after('names', 'lift'))).toBeNull();
    expect(after('watch-share', 'share-on', 'lift')).toEqual({ ...NO_CURTAIN, watchShare: true });
  });

  it('sharing the screen hides names for as long as it lasts', () => {
    expect(modeOf(after('share-on'))).toBe('names');
    expect(modeOf(after('share-on', 'share-off'))).toBeNull();
    expect(modeOf(after('names', 'share-on', 'share-off'))).toBe('names');
  });

  it('asking changes nothing', () => {
    expect(after('names', 'state')).toEqual(after('names'));
  });
});
