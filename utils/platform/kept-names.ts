// "Keep my name, I decided so", kept as keyed hashes: HMAC-SHA-256 of the exact shown name under a
// random key made once in this browser. The name itself is never stored. WebCrypto directly, not
// the roster engine: the call content script needs this without loading the engine (its budget),
// which is also why it is plain base64 (kept in this browser only, never in a file).

export interface KeptNames {
  /** base64 of 32 random bytes ('' until the first name is kept). */
  key: string;
  /** base64 HMAC-SHA-256 of each kept name, newest last. */
  hashes: string[];
}

/** A person keeps a handful of names, not thousands. */
export const MAX_KEPT_NAMES = 20;

const base64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

export const newKeptNameKey = (): string => base64(crypto.getRandomValues(new Uint8Array(32)));

export async function keptNameHash(key: string, name: string): Promise<string> {
  const raw = Uint8Array.from(atob(key), (c) => c.charCodeAt(0));
  const hmac = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return base64(await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(name)));
}

/** The stored value as read, or null when it is not of this shape. */
export function readKeptNames(value: unknown): KeptNames | null {
  const { key, hashes } = (value ?? {}) as Partial<KeptNames>;
  return typeof key === 'string' && Array.isArray(hashes) ? { key, hashes } : null;
}
