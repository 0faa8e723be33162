// The one keyed hash of the roster (WebCrypto HMAC-SHA-256 with the rule set's salt as key,
// base64url), for the call page's checks, "add to my list" and the organisers' workshop alike:
// a name is looked up in exactly the form it was hashed in.
import { fromBase64Url, toBase64Url } from '../../rules/base64url';
import { exactMessage, normaliseForRoster } from './normal-forms';

const encoder = new TextEncoder();

export type Mac = (message: string) => Promise<string>;

/** A function that hashes messages with the salt as HMAC key (one imported key per salt). */
export async function macWith(saltB64url: string): Promise<Mac> {
  const key = await crypto.subtle.importKey('raw', fromBase64Url(saltB64url), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (message) => {
    const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(message));
    // A copy made here: in a Firefox content script the result belongs to the page's compartment,
    // and subarray() on a view of it (toBase64Url) is refused ("Permission denied to access property").
    return toBase64Url(Uint8Array.from(new Uint8Array(mac)));
  };
}

/** The `members` roster entries for names, in order: HMAC over normaliseForRoster(name). */
export async function hashMembers(names: readonly string[], saltB64url: string): Promise<string[]> {
  const mac = await macWith(saltB64url);
  return Promise.all(names.map((name) => mac(normaliseForRoster(name))));
}

/**
 * The `exact` roster entries for names (organisers' workshop, "add to my list"), one per name, in
 * order: HMAC over exactMessage(name). Callers drop names that normalise to nothing first.
 */
export async function hashExact(names: readonly string[], saltB64url: string): Promise<string[]> {
  const mac = await macWith(saltB64url);
  return Promise.all(names.map((name) => mac(exactMessage(name))));
}

/** A fresh per-rule-set salt: 32 random bytes, base64url. A new salt makes old hashes useless. */
export function newSalt(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}
