import { describe, expect, it } from 'vitest';
import {
  classifyName,
  isContactDetail,
  isFullName,
  type NameClass,
} from '../../../utils/checks/names/classify';

// Real-world shown names and non-names, each with the class it must get.
const cases: [string, string, NameClass][] = [
  // German, the common case
  ['given name', 'Sabine', 'first-name'],
  ['given + surname', 'Sabine Wagner', 'full-name'],
  ['all caps', 'SABINE WAGNER', 'full-name'],
  ['all lowercase', 'sabine wagner', 'full-name'],
  ['initial with dot', 'Sabine W.', 'first-with-initial'],
  ['initial without dot', 'Lena K', 'first-with-initial'],
  ['initial, short name', 'Lena K.', 'first-with-initial'],
  ['short full name', 'Lena Koch', 'full-name'],
  ['hyphenated given name', 'Anne-Marie', 'first-name'],
  ['hyphenated given name with umlaut', 'Hans-Jürgen', 'first-name'],
  ['hyphenated given name + initial', 'Anne-Marie S.', 'first-with-initial'],
  ['double-barrelled surname', 'Anne-Marie Schulte-Bräuning', 'full-name'],
  ['dotted initials', 'Sabine W.K.', 'first-with-initial'],
  ['initials only', 'S. W.', 'first-with-initial'],
  ['leading initial reveals surname', 'S. Wagner', 'full-name'],
  ['several leading initials', 'J. R. R. Tolkien', 'full-name'],
  ['surname, given name', 'Wagner, Sabine', 'full-name'],
  ['given name with digit', 'Sabine 2', 'first-name'],
  ['group number is no phone', 'Gruppe 12', 'first-name'],
  ['date is no phone', 'Sabine 12.03.2024', 'first-name'],
  ['ISO date is no phone', 'Sabine 2024-03-12', 'first-name'],
  ['unicode hyphen U+2010', 'Anne\u2010Marie', 'first-name'],
  // particles
  ['van den', 'Klaus van den Berg', 'full-name'],
  ['particle + surname only', 'van Berg', 'full-name'],
  ['Dutch', 'Jan de Vries', 'full-name'],
  ['von', 'Friedrich von Weizsäcker', 'full-name'],
  ['particle + initial only', 'Sabine de W.', 'first-with-initial'],
  ['two particles + initial', 'Lena van der K.', 'first-with-initial'],
  ['bin + initial', 'Ali bin S.', 'first-with-initial'],
  ['da + initial', 'Maria da S.', 'first-with-initial'],
  ["O' with a space", "O' Brien", 'full-name'],
  ['Ben alone is a given name', 'Ben', 'first-name'],
  ['Ben + initial', 'Ben K.', 'first-with-initial'],
  ['Ben + surname', 'Ben Müller', 'full-name'],
  ["Irish O'", "Sean O'Brien", 'full-name'],
  ["typographic apostrophe", 'Siobhán O’Neill', 'full-name'],
  ["O' alone", "O'Brien", 'first-name'],
  // titles and honorifics
  ['Frau + surname', 'Frau Wagner', 'full-name'],
  ['Herr + surname', 'Herr Müller', 'full-name'],
  ['Dr. + surname', 'Dr. Wagner', 'full-name'],
  ['Dr. + one word (ambiguous, read as surname)', 'Dr. Sabine', 'full-name'],
  ['Dr without dot', 'Dr Wagner', 'full-name'],
  ['Prof. Dr. + full name', 'Prof. Dr. Sabine Wagner', 'full-name'],
  ['Dipl.-Ing.', 'Dipl.-Ing. Wagner', 'full-name'],
  ['Mr', 'Mr Bean', 'full-name'],
  ['Mrs.', 'Mrs. Smith', 'full-name'],
  ['Ms', 'ms lee', 'full-name'],
  ['Familie', 'Familie Wagner', 'full-name'],
  ['title + initial', 'Frau W.', 'first-with-initial'],
  ['title + given name + initial', 'Frau Sabine W.', 'first-with-initial'],
  ['title alone', 'Herr', 'empty'],
  // Turkish
  ['Turkish full name', 'Ayşe Yılmaz', 'full-name'],
  ['Turkish given name', 'Mehmet', 'first-name'],
  ['Turkish all caps + initial', 'ÇAĞLA Ö.', 'first-with-initial'],
  ['Bey follows the given name', 'Ahmet Bey', 'first-name'],
  ['Hanım follows the given name', 'Ayşe Hanım', 'first-name'],
  // Arabic, Hebrew, Cyrillic, Greek
  ['Arabic full name', 'محمد علي', 'full-name'],
  ['Arabic given name', 'فاطمة', 'first-name'],
  ['bin', 'Mohammed bin Salman', 'full-name'],
  ['ibn', 'Ali ibn Sina', 'full-name'],
  ['al-', 'Omar al-Farouk', 'full-name'],
  ['Hebrew full name', 'דוד כהן', 'full-name'],
  ['Cyrillic full name', 'Мария Иванова', 'full-name'],
  ['Cyrillic given name', 'Мария', 'first-name'],
  ['Cyrillic + initial', 'Ольга И.', 'first-with-initial'],
  ['Greek full name', 'Γιώργος Παπαδόπουλος', 'full-name'],
  // Polish, Vietnamese, Spanish
  ['Polish full name', 'Małgorzata Wiśniewska', 'full-name'],
  ['Polish given name', 'Łukasz', 'first-name'],
  ['Polish + initial', 'Grzegorz B.', 'first-with-initial'],
  ['Vietnamese full name', 'Nguyễn Văn An', 'full-name'],
  ['Vietnamese given name', 'Thảo', 'first-name'],
  ['Spanish double surname', 'María José García López', 'full-name'],
  ['Spanish given name', 'José', 'first-name'],
  // CJK heuristic
  ['Hangul 3 syllables', '김민준', 'full-name'],
  ['Hangul 2 syllables', '민준', 'first-name'],
  ['Hangul with space', '김 민준', 'full-name'],
  ['Han 3 characters', '王小明', 'full-name'],
  ['Han 2 characters', '小明', 'first-name'],
  ['Japanese Han 4', '山田太郎', 'full-name'],
  ['Japanese kana given name', 'さくら', 'first-name'],
  ['Katakana with middle dot', 'マリア・シュミット', 'full-name'],
  // client defaults and devices
  ['Jitsi default', 'Fellow Jitster', 'default'],
  ['Gast', 'Gast', 'default'],
  ['Guest + number', 'Guest 3', 'default'],
  ['lowercase guest', 'guest', 'default'],
  ['Teilnehmer caps', 'TEILNEHMER', 'default'],
  ['Participant + number', 'Participant 12', 'default'],
  ['Unbekannt', 'Unbekannt', 'default'],
  ['default with hyphenated number', 'Teilnehmer-12', 'default'],
  ['Unknown', 'Unknown', 'default'],
  ['Guest in brackets', 'Guest (2)', 'default'],
  ['device only', 'iPhone', 'default'],
  ['device + model only', 'Galaxy S21', 'default'],
  ['possessive + device', 'Sabines iPhone', 'first-name'],
  ['English possessive + device', "Sabine's iPad", 'first-name'],
  ['device + model words', 'Sabines MacBook Pro', 'first-name'],
  ['device + number + model', 'Sabines iPhone 15 Pro Max', 'first-name'],
  ['device von given name', 'iPhone von Sabine', 'first-name'],
  ['device von full name', 'iPhone von Sabine Wagner', 'full-name'],
  ['device + full name', 'Android Sabine Wagner', 'full-name'],
  // brackets
  ['pronouns', 'Sabine (sie/ihr)', 'first-name'],
  ['group in brackets', 'Sabine (Gruppe Mitte)', 'first-name'],
  ['role in square brackets', 'Klaus [Moderator]', 'first-name'],
  ['unclosed bracket', 'Sabine (Gruppe Mitte', 'first-name'],
  ['name only inside brackets', '(Sabine Wagner)', 'full-name'],
  // couples
  ['couple &', 'Sabine & Klaus', 'first-name'],
  ['couple & without spaces', 'Sabine&Klaus', 'first-name'],
  ['couple und, shared surname', 'Sabine und Klaus Wagner', 'full-name'],
  ['couple +', 'Sabine + Klaus', 'first-name'],
  ['couple /', 'Sabine / Klaus', 'first-name'],
  ['couple and, one with initial', 'Lena K. and Tom', 'first-with-initial'],
  ['Herr und Frau', 'Herr und Frau Wagner', 'full-name'],
  ['guest and name', 'Gast & Sabine', 'first-name'],
  // phone numbers
  ['international mobile', '+49 171 2345678', 'phone'],
  ['national mobile', '0171 2345678', 'phone'],
  ['area code in brackets', '(030) 123 45 67', 'phone'],
  ['US format', '+1 (555) 123-4567', 'phone'],
  ['00 prefix with dashes', '0049-30-1234567', 'phone'],
  ['slash', '030/1234567', 'phone'],
  ['UK', '+44 20 7946 0958', 'phone'],
  ['Tel. prefix', 'Tel. 0171 1234567', 'phone'],
  ['Handy prefix', 'Handy 0171 1234567', 'phone'],
  ['masked dial-in', '+49 171 XXX XX 78', 'phone'],
  ['masked, only 4 digits', '0171 XXX XXXX', 'phone'],
  ['masked with stars', '+49 ***** 78', 'phone'],
  ['masked: 4 digits + 3 masks is enough', 'Gruppe 1234 ***', 'phone'],
  ['masked: 4 digits + 2 masks is not', 'Gruppe 1234 **', 'first-name'],
  ['5 digits are not', 'Sabine 12345', 'first-name'],
  ['6 digits are', 'Sabine 123456', 'phone'],
  ['name + phone', 'Sabine 0171 2345678', 'phone'],
  ['phone in brackets', 'Sabine (0171 2345678)', 'phone'],
  ['phone before a word starting with X', '0171 2345678 Xaver', 'phone'],
  ['Arabic-Indic digits', '٠١٧١ ٢٣٤٥٦٧٨', 'phone'],
  ['fullwidth digits', '０１７１ ２３４５６７８', 'phone'],
  ['couple + phone', 'Gast & Sabine 0171 2345678', 'phone'],
  // e-mail
  ['e-mail', 'sabine.wagner@example.org', 'email'],
  ['name + address', 'Sabine <s.w@example.de>', 'email'],
  ['caps e-mail', 'SABINE@EXAMPLE.DE', 'email'],
  ['fullwidth @', 'sabine＠example.org', 'email'],
  ['handle is no e-mail', '@sabine', 'first-name'],
  // empty, emoji, punctuation
  ['empty string', '', 'empty'],
  ['whitespace only', ' \t\n\u00A0\u3000 ', 'empty'],
  ['emoji only', '🌻', 'empty'],
  ['emoji with skin tone', '👍🏽😀', 'empty'],
  ['ZWJ sequence only', '👩‍👩‍👧', 'empty'],
  ['punctuation only', '...', 'empty'],
  ['dash only', '-', 'empty'],
  ['zero-width only', '\u200B\u200C\u2060\uFEFF', 'empty'],
  ['digits only, short', '42', 'empty'],
  ['name + emoji', 'Sabine 🌻', 'first-name'],
  ['emoji around full name', '🌻 Sabine Wagner 🌻', 'full-name'],
  ['emoji between names', 'Sabine🌻Wagner', 'full-name'],
  ['rainbow flag + initial', '🏳️‍🌈 Lena K.', 'first-with-initial'],
  ['country flag', '🇩🇪 Sabine', 'first-name'],
  ['keycap', '1️⃣ Sabine', 'first-name'],
  // hostile and odd input
  ['markup', '<img src=x onerror=alert(1)>', 'empty'],
  ['markup around a name', '<b>Sabine</b>', 'first-name'],
  ['heart is no markup', 'Sabine <3', 'first-name'],
  ['10 000 letters', 'a'.repeat(10_000), 'first-name'],
  ['10 000 chars of names', 'Sabine '.repeat(1_500), 'full-name'],
  ['10 000 digits', '1'.repeat(10_000), 'phone'],
  ['10 000 emoji', '🌻'.repeat(5_000), 'empty'],
  ['name after 600 zero-width chars', '\u200B'.repeat(600) + 'Sabine Wagner', 'full-name'],
  ['RTL override', '\u202Eenibas', 'first-name'],
  ['bidi isolates', '\u2066Sabine\u2069 \u202BWagner\u202C', 'full-name'],
  ['zero-width inside words', 'Sa\u200Bbine Wa\u200Bgner', 'full-name'],
  ['lone high surrogate', '\uD800Sabine', 'first-name'],
  ['lone surrogate inside a word', 'Sa\uD800bine', 'first-name'],
  ['lone low surrogate', 'Sabine\uDC00 Wagner', 'full-name'],
  ['tabs and newlines', '\tSabine\nWagner\t', 'full-name'],
  ['control character between names', 'Sabine\u0000Wagner', 'full-name'],
  ['math bold letters', '𝐒𝐚𝐛𝐢𝐧𝐞 𝐖𝐚𝐠𝐧𝐞𝐫', 'full-name'],
  ['fullwidth letters', 'Ｓａｂｉｎｅ', 'first-name'],
  ['decomposed umlaut', 'Ju\u0308rgen', 'first-name'],
];

describe('classifyName', () => {
  it('has a real table', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases)('%s: %j -> %s', (_label, raw, expected) => {
    expect(classifyName(raw)).toBe(expected);
  });

  // Known limits of a heuristic without name dictionaries, pinned so a change is deliberate.
  it.each<[string, string, NameClass]>([
    ['two given names read as a full name', 'María José', 'full-name'],
    ['two given names read as a full name', 'Anna Lena', 'full-name'],
    ['two-character Chinese full name reads as a given name', '王明', 'first-name'],
    ['Han surname + kana given name: kana not counted', '田中さくら', 'first-name'],
    ['surname in brackets is dropped', 'Sabine (Wagner)', 'first-name'],
    ['a long number in a name reads as a phone number', 'Zoom 123 456 789', 'phone'],
  ])('limit: %s: %j -> %s', (_label, raw, expected) => {
    expect(classifyName(raw)).toBe(expected);
  });

  it('never throws on non-strings from untyped callers', () => {
    expect(classifyName(null as unknown as string)).toBe('empty');
    expect(classifyName(undefined as unknown as string)).toBe('empty');
    expect(classifyName(42 as unknown as string)).toBe('empty');
  });

  it('reads only a bounded prefix', () => {
    // The surname sits beyond the 256 visible characters: not looked at.
    expect(classifyName(`Sabine${' '.repeat(300)}Wagner`)).toBe('first-name');
    expect(classifyName(`Sabine${' '.repeat(100)}Wagner`)).toBe('full-name');
  });

  it('is fast on long hostile input', () => {
    const hostile = [
      '0'.repeat(100_000),
      'a@'.repeat(50_000),
      '('.repeat(100_000),
      '1 x '.repeat(25_000),
      'van '.repeat(25_000),
      '\uD800'.repeat(100_000),
    ];
    const start = performance.now();
    for (const raw of hostile) classifyName(raw);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('isFullName / isContactDetail', () => {
  it.each<[string, boolean, boolean]>([
    ['Sabine Wagner', true, false],
    ['Sabine W.', false, false],
    ['Sabine', false, false],
    ['+49 171 2345678', false, true],
    ['sabine@example.org', false, true],
    ['Guest 3', false, false],
  ])('%j', (raw, full, contact) => {
    expect(isFullName(raw)).toBe(full);
    expect(isContactDetail(raw)).toBe(contact);
  });
});

describe('classifyNameMemo', () => {
  it('answers exactly like classifyName, also after the cache was cleared', async () => {
    const { classifyNameMemo } = await import('../../../utils/checks/names/classify-memo');
    const { classifyName } = await import('../../../utils/checks/names/classify');
    // More names than the cache holds, so it is cleared on the way; and one too long to cache.
    expect(classifyNameMemo(`${'A'.repeat(300)} Wagner`)).toBe(classifyName(`${'A'.repeat(300)} Wagner`));
    for (let i = 0; i < 20_000; i++) {
      const name = i % 3 === 0 ? `Name${i} Nachname` : i % 3 === 1 ? `0171 ${1000000 + i}` : `Lena${i}`;
      expect(classifyNameMemo(name)).toBe(classifyName(name));
    }
  });
});
