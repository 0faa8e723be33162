import fc from 'fast-check';

// Arbitrary text of every kind: whole graphemes, any code point, and raw UTF-16 code units
// (which include lone surrogates, as a page can hand us).
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
});
export const anyText = fc.oneof(
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
export const nameLike = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(' '));
export const text = fc.oneof(anyText, nameLike);

export const whitespace = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u2028', '\u3000'),
  maxLength: 6,
});
export const zeroWidth = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202E', '\u2067');

/** Inserts `inserted` at a code-point boundary of `s` (never between two surrogate halves). */
export function insertAt(s: string, index: number, inserted: string): string {
  const points = Array.from(s);
  const at = index % (points.length + 1);
  return [...points.slice(0, at), inserted, ...points.slice(at)].join('');
}

