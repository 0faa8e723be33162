import type { RuleSetError } from './errors';
import { parseRuleSet, type ImportResult } from './import';
import { readCapped } from './read-capped';
import { MAX_RULESET_BYTES } from './schema';
import { importContext } from './store';
import { ruleSetsItem } from '../platform/storage';
import type { StoredRuleSet, Subscription } from './stored';

/**
 * Following a rule set at an https address the person entered: the only network request the
 * extension ever makes, to that address only, without cookies, with the same checks as an
 * import and the same 256 KB limit (counted while reading, so a huge answer is cut off).
 */
export async function fetchRuleSetText(url: string, fetchImpl: typeof fetch = fetch): Promise<string | RuleSetError> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { code: 'not-https' };
  }
  if (parsed.protocol !== 'https:') return { code: 'not-https' };
  let response: Response;
  try {
    response = await fetchImpl(parsed.href, { credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer' });
  } catch {
    return { code: 'fetch-failed', params: [parsed.host] };
  }
  if (!response.ok) return { code: 'fetch-status', params: [parsed.host, String(response.status)] };
  const bytes = await readBody(response);
  if (bytes === null) return { code: 'too-large', params: [String(MAX_RULESET_BYTES / 1024 + 1), String(MAX_RULESET_BYTES / 1024)] };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { code: 'not-json' };
  }
}

/** The body, cut off past the limit (a declared length over it is refused before reading). */
async function readBody(response: Response): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_RULESET_BYTES) return null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const bytes = await readCapped(response.body as ReadableStream<Uint8Array<ArrayBuffer>>, MAX_RULESET_BYTES);
  return bytes === 'too-large' ? null : bytes;
}

/** Fetch and check a rule set to follow (the caller shows the preview before accepting). */
export async function fetchForFollowing(url: string, fetchImpl?: typeof fetch): Promise<ImportResult> {
  const text = await fetchRuleSetText(url, fetchImpl);
  if (typeof text !== 'string') return { ok: false, error: text };
  return parseRuleSet(text, await importContext());
}

export type CheckOutcome = 'updated' | 'unchanged' | 'failed';

/**
 * The daily (and "check now") update of one followed rule set. A newer valid version
 * replaces it; anything else keeps the current one and records when and why.
 */
export async function checkSubscription(id: string, now = Date.now(), fetchImpl?: typeof fetch): Promise<CheckOutcome> {
  const ruleSets = await ruleSetsItem.getValue();
  const stored = Object.hasOwn(ruleSets, id) ? ruleSets[id] : undefined;
  if (!stored?.subscription) return 'failed';
  const result = await fetchForFollowing(stored.subscription.url, fetchImpl);
  let outcome: CheckOutcome;
  let next: StoredRuleSet;
  if (result.ok && result.doc.id === id) {
    outcome = 'updated';
    next = { ...stored, doc: result.doc, acceptedAt: now, subscription: checked(stored.subscription, now, null) };
  } else if (!result.ok && result.error.code === 'already-active') {
    outcome = 'unchanged';
    next = { ...stored, subscription: checked(stored.subscription, now, null) };
  } else {
    outcome = 'failed';
    // A document of another group at this address is refused like any wrong document.
    const error: RuleSetError = result.ok ? { code: 'key-changed', params: [result.doc.id, id] } : result.error;
    next = { ...stored, subscription: checked(stored.subscription, now, error) };
  }
  // Re-read before writing: the person may have changed something while we were fetching.
  const latest = await ruleSetsItem.getValue();
  if (!Object.hasOwn(latest, id)) return outcome; // removed meanwhile: nothing to update
  await ruleSetsItem.setValue({ ...latest, [id]: next });
  return outcome;
}

const checked = (subscription: Subscription, now: number, error: RuleSetError | null): Subscription => ({
  ...subscription,
  lastChecked: now,
  lastError: error,
});

/** Check every followed rule set (the daily alarm). */
export async function checkAllSubscriptions(now = Date.now(), fetchImpl?: typeof fetch): Promise<void> {
  const ruleSets = await ruleSetsItem.getValue();
  for (const [id, stored] of Object.entries(ruleSets)) {
    if (stored.subscription) await checkSubscription(id, now, fetchImpl);
  }
}
