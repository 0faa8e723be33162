// base64url (RFC 4648 §5, no padding) for keys, hashes, salts, signatures and share codes.
// Hand-written because Uint8Array.toBase64 is not in Node 20 or Firefox ESR 128 yet and the
// dependency budget is kept for things that are hard to get right.

const CHUNK = 0x8000; // String.fromCharCode(...bytes) overflows the call stack on large inputs

/** Bytes as unpadded base64url. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const CANONICAL = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-][AQgw]|[A-Za-z0-9_-]{2}[AEIMQUYcgkosw048])?$/;

/**
 * Unpadded base64url to bytes. Throws on anything else, including non-canonical encodings
 * (unused low bits set): one value must have exactly one spelling, or string comparisons of
 * keys and hashes could be fooled.
 */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!CANONICAL.test(text)) throw new Error('not canonical base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Canonical unpadded base64url of minBytes..maxBytes bytes, as one regex (so the JSON Schema can carry it). */
export function base64UrlPattern(minBytes: number, maxBytes = minBytes): RegExp {
  const minChars = Math.ceil((minBytes * 4) / 3);
  const maxChars = Math.ceil((maxBytes * 4) / 3);
  const length = minChars === maxChars ? `${minChars}` : `${minChars},${maxChars}`;
  return new RegExp(`^(?=[A-Za-z0-9_-]{${length}}$)${CANONICAL.source.slice(1)}`);
}
