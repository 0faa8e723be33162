/** E-mail addresses in a shown name. */

// local@domain.tld, anywhere in the text ("Sabine <s.w@example.de>"). \p{L}\p{N} so that
// internationalised addresses count. The TLD must be 2+ letters: "@sabine" or "a@b" are not.
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

export function containsEmail(text: string): boolean {
  return EMAIL.test(text);
}
