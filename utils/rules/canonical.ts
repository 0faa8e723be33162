// What a signature covers: the RFC 8785 (JCS) canonical JSON of the document without its
// `signature`, as UTF-8. JCS fixes key order, number and string spelling, so any tool in any
// language that follows RFC 8785 signs and verifies the same bytes.
import canonicalize from 'canonicalize';

/** The canonical JSON text of `doc` without its `signature` member. */
export function canonicalForSigning(doc: object): string {
  const { signature: _ignored, ...unsigned } = doc as Record<string, unknown>;
  const text = canonicalize(unsigned);
  if (text === undefined) throw new Error('document has no JSON form');
  return text;
}

/** The exact bytes an Ed25519 signature of the document is made over. */
export function signingBytes(doc: object): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalForSigning(doc));
}
