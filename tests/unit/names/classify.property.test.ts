import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyName,
  isContactDetail,
  isFullName,
  normaliseName,
  type NameClass,
} from '../../../utils/checks/names/classify';

const CLASSES: NameClass[] = [
  'empty',
  'default',
  'first-name',
  'first-with-initial',
  'full-name',
  'phone',
  'email',
];
const RUNS = { numRuns: 1_000 };

// Arbitrary text of every kind: whole graphemes, any code point, and raw UTF-16 code units
// (which include lone surrogates, as a page can hand us).
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
});
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  codeUnits,
);
// Name-like text built from the pieces the classifier reacts to, so properties reach deep paths.
const piece = fc.constantFrom(
  'Sabine', 'Wagner', 'anne-marie', 'W.', 'K', 'S.', 'van', 'den', 'Ben', "O'", 'Dr.', 'Frau',
  'Guest', '3', 'iPhone', 'von', 'Pro', '&', 'und', '/', '+', '(', ')', '[Mod]', '🌻', '👍🏽',
  '0171', '2345678', '+49', 'XXX', '@', 'example.org', 'Мария', '김민준', '王', 'محمد', '.',
  '-', ',', ' ', '  ', '\u00A0',
);
const nameLike = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(' '));
const text = fc.oneof(anyText, nameLike);

const whitespace = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u2028', '\u3000'),
  maxLength: 6,
});
const zeroWidth = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202E', '\u2067');

/** Inserts `inserted` at a code-point boundary of `s` (never between two surrogate halves). */
function insertAt(s: string, index: number, inserted: string): string {
  const points = Array.from(s);
  const at = index % (points.length + 1);
  return [...points.slice(0, at), inserted, ...points.slice(at)].join('');
}

describe('classifyName properties', () => {
  it('never throws and always returns one of the seven classes', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(CLASSES).toContain(classifyName(s));
      }),
      RUNS,
    );
  });

  it('is stable under surrounding whitespace', () => {
    fc.assert(
      fc.property(text, whitespace, whitespace, (s, before, after) => {
        expect(classifyName(before + s + after)).toBe(classifyName(s));
      }),
      RUNS,
    );
  });

  it('does not change when a zero-width or bidi character is inserted anywhere', () => {
    fc.assert(
      fc.property(text, fc.nat(), zeroWidth, (s, index, zw) => {
        expect(classifyName(insertAt(s, index, zw))).toBe(classifyName(s));
      }),
      RUNS,
    );
  });

  it('ignores letter case in name-like text', () => {
    fc.assert(
      fc.property(nameLike, (s) => {
        const c = classifyName(s);
        expect(classifyName(s.toUpperCase())).toBe(c);
        expect(classifyName(s.toLowerCase())).toBe(c);
      }),
      RUNS,
    );
  });

  it('agrees with isFullName and isContactDetail', () => {
    fc.assert(
      fc.property(text, (s) => {
        const c = classifyName(s);
        expect(isFullName(s)).toBe(c === 'full-name');
        expect(isContactDetail(s)).toBe(c === 'phone' || c === 'email');
      }),
      RUNS,
    );
  });

  it('a couple is as revealing as its most revealing part', () => {
    fc.assert(
      fc.property(fc.constantFrom(' & ', ' und ', ' and ', ' + ', ' / '), (sep) => {
        expect(classifyName(`Sabine${sep}Klaus Wagner`)).toBe('full-name');
        expect(classifyName(`Klaus Wagner${sep}Sabine`)).toBe('full-name');
        expect(classifyName(`Guest 3${sep}Lena K.`)).toBe('first-with-initial');
      }),
    );
  });
});

describe('normaliseName properties', () => {
  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = normaliseName(s);
        expect(normaliseName(n)).toBe(n);
      }),
      RUNS,
    );
  });

  it('has no surrounding or repeated whitespace', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(normaliseName(s)).not.toMatch(/^\s|\s$|\s\s|[^\S ]/);
      }),
      RUNS,
    );
  });

  it('ignores surrounding whitespace, zero-width characters and case', () => {
    fc.assert(
      fc.property(nameLike, whitespace, fc.nat(), zeroWidth, (s, ws, index, zw) => {
        const n = normaliseName(s);
        expect(normaliseName(ws + s + ws)).toBe(n);
        expect(normaliseName(insertAt(s, index, zw))).toBe(n);
        expect(normaliseName(s.toUpperCase())).toBe(normaliseName(s.toLowerCase()));
      }),
      RUNS,
    );
  });
});
