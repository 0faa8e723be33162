import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../utils/roster/engine/normal-forms';
import { insertAt, nameLike, text, whitespace, zeroWidth } from '../names/arbitraries';

const RUNS = { numRuns: 1_000 };

// The plain normal form that duplicates, "known for this call" and `exact` hashes rely on.
describe('plain normal form (normaliseName) properties', () => {
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
