// Ed25519 signatures with WebCrypto (Chrome 137+, Firefox 129+, Node 20): no crypto library.
// The first signed rule set of a group pins the organiser key (import.ts); this file only
// makes and checks signatures and handles the organiser's keys.
import { fromBase64Url, toBase64Url } from './base64url';
import { signingBytes } from './canonical';
import type { RuleSetDocument } from './schema';

const ED25519 = { name: 'Ed25519' } as const;

/**
 * A new organiser key pair. The private key is extractable so that it can be stored in this
 * browser (exportPrivateKey) and moved to a second device (key-file.ts); it never leaves
 * otherwise.
 */
export async function generateKeyPair(): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** The public key as it goes into `organiser.key`: base64url of the 32 raw bytes. */
export async function exportPublicKey(publicKey: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', publicKey)));
}

/** Throws on anything that is not 32 base64url bytes (WebCrypto checks the point itself). */
export async function importPublicKey(keyB64url: string): Promise<CryptoKey> {
  const raw = fromBase64Url(keyB64url);
  if (raw.length !== 32) throw new Error('an Ed25519 public key has 32 bytes');
  return crypto.subtle.importKey('raw', raw, ED25519, true, ['verify']);
}

/** The private key as base64url PKCS #8, for keeping it in this browser's extension storage. */
export async function exportPrivateKey(privateKey: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey)));
}

/** The key pair back from exportPrivateKey's PKCS #8 (the public half is derived from it). */
export async function importPrivateKey(pkcs8B64url: string): Promise<CryptoKeyPair> {
  return keyPairFromPkcs8(fromBase64Url(pkcs8B64url));
}

/** Shared with key-file.ts. The JWK export of an Ed25519 private key carries its public `x`. */
export async function keyPairFromPkcs8(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKeyPair> {
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ED25519, true, ['sign']);
  const { x } = await crypto.subtle.exportKey('jwk', privateKey);
  if (!x) throw new Error('not an Ed25519 private key');
  const publicKey = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x }, ED25519, true, ['verify']);
  return { privateKey, publicKey };
}

/**
 * The document signed with `privateKey`. `doc.organiser.key` must be this key's public half:
 * the result is verified before it is returned, so a mismatch throws here instead of producing
 * a rule set that every participant would reject as tampered.
 */
export async function sign(doc: RuleSetDocument, privateKey: CryptoKey): Promise<RuleSetDocument> {
  if (!doc.organiser) throw new Error('set organiser (name and public key) before signing');
  const { signature: _old, ...unsigned } = doc;
  const signature = await crypto.subtle.sign(ED25519, privateKey, signingBytes(unsigned));
  const signed: RuleSetDocument = { ...unsigned, signature: toBase64Url(new Uint8Array(signature)) };
  if ((await verify(signed)) !== 'valid') throw new Error('organiser.key does not belong to this private key');
  return signed;
}

export type SignatureStatus = 'unsigned' | 'valid' | 'invalid';

/**
 * 'unsigned': no signature. 'valid': organiser.key signed exactly this content. 'invalid':
 * anything else, including a signature without a key or a key WebCrypto rejects. Never throws.
 */
export async function verify(doc: RuleSetDocument): Promise<SignatureStatus> {
  if (doc.signature === undefined) return 'unsigned';
  try {
    if (!doc.organiser) return 'invalid';
    const key = await importPublicKey(doc.organiser.key);
    const ok = await crypto.subtle.verify(ED25519, key, fromBase64Url(doc.signature), signingBytes(doc));
    return ok ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/**
 * A short, human-comparable fingerprint of a public key: the first 16 bytes of SHA-256 over the
 * raw key, as 8 groups of 4 hex digits ("3F2A 91C0 …"), to read out over the phone.
 */
export async function keyFingerprint(publicKeyB64url: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64Url(publicKeyB64url)));
  const hex = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
  return hex.match(/.{4}/g)!.join(' ');
}
