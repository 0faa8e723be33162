import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyName,
  isContactDetail,
  isFullName,
  type NameClass,
} from '../../../utils/checks/names/classify';
import { insertAt, nameLike, text, whitespace, zeroWidth } from './arbitraries';

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
