import type { RuleSetError } from './errors';
import { parseRuleSet, type ImportContext, type ImportResult } from './import';
import { readCapped } from './read-capped';
import { MAX_RULESET_BYTES } from './schema';
import type { Fetched } from './writer/operations';
import type { Writer } from './writer/writer';
import type { OperationResult } from './writer/operations';
import type { RuleSetState } from './writer/state';

/** One server that never answers must not hold up anything else: every fetch ends by then. */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * Following a rule set at an https address the person entered: the only network request the
 * extension ever makes, to that address only, without cookies, with the same checks as an
 * import and the same 256 KB limit (counted while reading, so a huge answer is cut off).
 * A redirect is followed only to https on the same host (else refused: the person named this
 * server, not another); the address that answered is returned, so it is the one shown and kept.
 */
export async function fetchRuleSetText(url: string, fetchImpl: typeof fetch = fetch, timeoutMs = FETCH_TIMEOUT_MS): Promise<Fetched> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { error: { code: 'not-https' } };
  }
  if (parsed.protocol !== 'https:') return { error: { code: 'not-https' } };
  const host = parsed.host;
  const timedOut: RuleSetError = { code: 'fetch-timeout', params: [host, String(Math.round(timeoutMs / 1000))] };
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetchImpl(parsed.href, { credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer', signal });
  } catch {
    if (signal.aborted) return { error: timedOut };
    return { error: (await wasRedirected(parsed.href, fetchImpl)) ? { code: 'redirect-refused', params: [host, '…'] } : { code: 'fetch-failed', params: [host] } };
  }
  const answered = redirectedTo(parsed, response);
  if (typeof answered !== 'string') return { error: answered };
  if (!response.ok) return { error: { code: 'fetch-status', params: [host, String(response.status)] } };
  let bytes: Uint8Array | null;
  try {
    bytes = await readBody(response);
  } catch {
    return { error: signal.aborted ? timedOut : { code: 'fetch-failed', params: [host] } };
  }
  if (bytes === null) return { error: { code: 'too-large', params: [String(MAX_RULESET_BYTES / 1024 + 1), String(MAX_RULESET_BYTES / 1024)] } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), url: answered };
  } catch {
    return { error: { code: 'not-json' } };
  }
}

/**
 * The browser itself refuses some redirects (https to http) before we see them: asking the same
 * address once more without following tells a refused redirect from a server that is down.
 */
async function wasRedirected(href: string, fetchImpl: typeof fetch): Promise<boolean> {
  try {
    const probe = await fetchImpl(href, { credentials: 'omit', cache: 'no-store', redirect: 'manual', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    return probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400);
  } catch {
    return false;
  }
}

/** The address that answered, or why it is refused (an opaque redirect counts as refused too). */
function redirectedTo(asked: URL, response: Response): string | RuleSetError {
  if (response.type === 'opaqueredirect') return { code: 'redirect-refused', params: [asked.host, '?'] };
  if (!response.url) return asked.href; // test doubles and some engines leave it empty: nothing moved
  let final: URL;
  try {
    final = new URL(response.url);
  } catch {
    return { code: 'redirect-refused', params: [asked.host, '?'] };
  }
  if (final.protocol !== 'https:' || final.host !== asked.host) return { code: 'redirect-refused', params: [asked.host, final.href] };
  return final.href;
}

/** The body, cut off past the limit (a declared length over it is refused before reading). */
async function readBody(response: Response): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_RULESET_BYTES) return null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const bytes = await readCapped(response.body as ReadableStream<Uint8Array<ArrayBuffer>>, MAX_RULESET_BYTES);
  return bytes === 'too-large' ? null : bytes;
}

/** Fetch and check a rule set to follow (the caller shows the preview before accepting), with the address that answered. */
export async function fetchForFollowing(
  url: string,
  context: ImportContext,
  fetchImpl?: typeof fetch,
): Promise<{ result: ImportResult; url: string; text?: string }> {
  const fetched = await fetchRuleSetText(url, fetchImpl);
  if ('error' in fetched) return { result: { ok: false, error: fetched.error }, url };
  return { result: await parseRuleSet(fetched.text, context), url: fetched.url, text: fetched.text };
}

/**
 * The daily (and "check now") update of one followed rule set: fetched outside the writer's
 * queue (a slow server holds up nobody), then applied by the writer to the state as it is then.
 */
export async function checkSubscription(writer: Writer, state: RuleSetState, id: string, fetchImpl?: typeof fetch): Promise<OperationResult> {
  const stored = Object.hasOwn(state.ruleSets, id) ? state.ruleSets[id] : undefined;
  if (!stored?.subscription) return { ok: true, outcome: 'unchanged' };
  const { url } = stored.subscription;
  return writer.run({ kind: 'subscription', id, url, fetched: await fetchRuleSetText(url, fetchImpl) });
}

/** Check every followed rule set (the daily alarm), all at once: none waits for another. */
export async function checkAllSubscriptions(writer: Writer, state: RuleSetState, fetchImpl?: typeof fetch): Promise<void> {
  const ids = Object.keys(state.ruleSets).filter((id) => state.ruleSets[id]!.subscription);
  await Promise.allSettled(ids.map((id) => checkSubscription(writer, state, id, fetchImpl)));
}
