// Moving the organiser's private key to a second device: a small JSON file, the PKCS #8 key
// encrypted with AES-256-GCM under a key derived from a passphrase with PBKDF2-SHA-256.
// 600 000 iterations follows OWASP's 2023 advice (files with fewer than 310 000 are refused): slow enough
// to make guessing a passphrase from a lost file expensive, fast enough (~0.5 s) for one click.
import canonicalize from 'canonicalize';
import { z } from 'zod/mini';
import { base64UrlPattern, fromBase64Url, toBase64Url } from './base64url';
import { exportPublicKey, keyPairFromPkcs8 } from './signing';

export const KEY_FILE_FORMAT = 'vertraulich.key/1';
const ITERATIONS = 600_000;
const MIN_ITERATIONS = 310_000;
const MAX_ITERATIONS = 10_000_000; // a forged file must not make the browser hash for minutes
export const MIN_PASSPHRASE_LENGTH = 8;

const KeyFileSchema = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  publicKey: z.string().check(z.regex(base64UrlPattern(32))),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.gte(MIN_ITERATIONS), z.lte(MAX_ITERATIONS)),
    salt: z.string().check(z.regex(base64UrlPattern(16))),
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: z.string().check(z.regex(base64UrlPattern(12))) }),
  ciphertext: z.string().check(z.maxLength(4096)),
});
type KeyFile = z.infer<typeof KeyFileSchema>;

export type KeyFileErrorCode = 'not-key-file' | 'wrong-passphrase' | 'passphrase-too-short';

/** A failure with a code the UI turns into a message (keyFileError_<code> in messages.json). */
export class KeyFileError extends Error {
  constructor(readonly code: KeyFileErrorCode) {
    super(code);
    this.name = 'KeyFileError';
  }
}

async function deriveKey(passphrase: string, kdf: KeyFile['kdf']): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: fromBase64Url(kdf.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Everything but the ciphertext is authenticated as associated data: no field can be swapped. */
function associatedData(file: Omit<KeyFile, 'ciphertext'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalize(file));
}

/** The private key (extractable) as a passphrase-protected key file (JSON text). */
export async function exportKeyFile(keyPair: CryptoKeyPair, passphrase: string): Promise<string> {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new KeyFileError('passphrase-too-short');
  const header: Omit<KeyFile, 'ciphertext'> = {
    format: KEY_FILE_FORMAT,
    publicKey: await exportPublicKey(keyPair.publicKey),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toBase64Url(crypto.getRandomValues(new Uint8Array(16))) },
    cipher: { name: 'AES-GCM', iv: toBase64Url(crypto.getRandomValues(new Uint8Array(12))) },
  };
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keyPair.privateKey);
  const key = await deriveKey(passphrase, header.kdf);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: fromBase64Url(header.cipher.iv), additionalData: associatedData(header) },
    key,
    pkcs8,
  );
  return JSON.stringify({ ...header, ciphertext: toBase64Url(new Uint8Array(ciphertext)) }, null, 2);
}

/**
 * The key pair from a key file. Throws KeyFileError: 'not-key-file' for anything that is not
 * an intact key file, 'wrong-passphrase' when decryption fails (GCM cannot tell a wrong
 * passphrase from a changed ciphertext; the wrong passphrase is by far the likelier).
 */
export async function importKeyFile(text: string, passphrase: string): Promise<CryptoKeyPair> {
  let file: KeyFile;
  try {
    const parsed = KeyFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw parsed.error;
    file = parsed.data;
    fromBase64Url(file.ciphertext);
  } catch {
    throw new KeyFileError('not-key-file');
  }
  const { ciphertext, ...header } = file;
  let pkcs8: ArrayBuffer;
  try {
    const key = await deriveKey(passphrase, header.kdf);
    pkcs8 = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(header.cipher.iv), additionalData: associatedData(header) },
      key,
      fromBase64Url(ciphertext),
    );
  } catch {
    throw new KeyFileError('wrong-passphrase');
  }
  try {
    const pair = await keyPairFromPkcs8(new Uint8Array(pkcs8));
    if ((await exportPublicKey(pair.publicKey)) !== file.publicKey) throw new Error('public key mismatch');
    return pair;
  } catch {
    throw new KeyFileError('not-key-file');
  }
}
