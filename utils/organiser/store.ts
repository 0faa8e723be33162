// The organiser's things in this browser (storage.local), each a versioned WXT storage item:
// the draft (hashes only, never names), the signing key, and the published documents.
import { storage } from 'wxt/utils/storage';
import { exportPrivateKey, exportPublicKey, importPrivateKey } from '../rules/signing';
import type { Draft } from './draft';
import type { Published } from './published';

/** The organiser's signing key. The private key is PKCS #8, base64url; it leaves this browser only in a passphrase-protected key file. */
export interface StoredOrganiserKey {
  privateKey: string;
  /** base64url of the 32 raw bytes, as it goes into `organiser.key`. */
  publicKey: string;
}

export const organiserDraftItem = storage.defineItem<Draft | null>('local:organiserDraft', {
  fallback: null,
  version: 1,
});

export const organiserKeyItem = storage.defineItem<StoredOrganiserKey | null>('local:organiserKey', {
  fallback: null,
  version: 1,
});

export const organiserPublishedItem = storage.defineItem<Published>('local:organiserPublished', {
  fallback: {},
  version: 1,
});

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
