import { describe, expect, it } from 'vitest';
import { showsSkypeNotice } from '../../../utils/clients/common/skype-notice';

describe('the Skype notice in the popup', () => {
  it.each(['https://web.skype.com/', 'https://web.skype.com/?openPstnPage=true', 'https://join.skype.com/abcdef', 'https://www.skype.com/de/'])(
    'shows on %s',
    (url) => expect(showsSkypeNotice(url)).toBe(true),
  );

  it.each([
    'https://teams.live.com/v2/',
    'https://skype.com.example.org/',
    'https://notskype.com/',
    'chrome://extensions/',
    'not a url',
    '',
    null,
    undefined,
  ])('does not show on %s', (url) => expect(showsSkypeNotice(url)).toBe(false));
});
