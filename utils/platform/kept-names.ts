// "Keep my name, I decided so", kept as keyed hashes: the roster's own `exact` hash
// (utils/roster/engine/hmac.ts, HMAC-SHA-256 of the name's plain normal form) under a random key
// made once in this browser by the background. The name itself is never stored. The call page
// hashes with the roster engine, loaded only when needed: its own bundle has no room for HMAC.

export interface KeptNames {
  /** base64url of 32 random bytes ('' until the background made it). */
  key: string;
  /** The kept names' hashes, newest last. */
  hashes: string[];
}

/** A person keeps a handful of names, not thousands. */
export const MAX_KEPT_NAMES = 20;

/** The stored value as read, or null when it is not of this shape. */
export function readKeptNames(value: unknown): KeptNames | null {
  const { key, hashes } = (value ?? {}) as Partial<KeptNames>;
  return typeof key === 'string' && Array.isArray(hashes) ? { key, hashes } : null;
}
