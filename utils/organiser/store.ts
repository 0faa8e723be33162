// The organiser's signing key in this browser. Its storage item, and those of the draft and the
// published documents, are declared with every other key in utils/platform/storage.ts.
import { organiserKeyItem } from '../platform/storage';
import { exportPrivateKey, exportPublicKey, importPrivateKey } from '../rules/signing';

/** The organiser's signing key. The private key is PKCS #8, base64url; it leaves this browser only in a passphrase-protected key file. */
export interface StoredOrganiserKey {
  privateKey: string;
  /** base64url of the 32 raw bytes, as it goes into `organiser.key`. */
  publicKey: string;
}

/** Keeps a key pair in this browser (replacing any earlier one) and returns what was stored. */
export async function keepKeyPair(pair: CryptoKeyPair): Promise<StoredOrganiserKey> {
  const stored: StoredOrganiserKey = {
    privateKey: await exportPrivateKey(pair.privateKey),
    publicKey: await exportPublicKey(pair.publicKey),
  };
  await organiserKeyItem.setValue(stored);
  return stored;
}

/** The stored key as a usable key pair. */
export function keyPairOf(stored: StoredOrganiserKey): Promise<CryptoKeyPair> {
  return importPrivateKey(stored.privateKey);
}
