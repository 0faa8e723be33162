import { browser } from 'wxt/browser';
import { selfHostedServersItem } from '../platform/storage';
import { HOSTED_CALL_MATCHES, SELF_HOSTED_PAGE_SCRIPTS } from './call-scripts';
import { patternCoversHost } from './common/match-pattern';

/**
 * Self-hosted call servers (a Jitsi Meet or BigBlueButton server of the group's association).
 * Their hosts cannot be in the manifest: the person names one in the options page, the browser
 * asks them to allow that one host, and every script a call page needs (call-scripts.ts: the
 * screen-share watch, each client's MAIN-world bridge, the checks) is registered there. On such a
 * server the adapters recognise Jitsi, BigBlueButton and Nextcloud Talk by their markup, never by
 * the host name.
 *
 * Where it is kept: the list of servers in storage.local (selfHostedServersItem), the permission by
 * the browser, the registered scripts by the browser too (persistAcrossSessions), and
 * `syncSelfHostedServers` (background start, permission changes) puts the three in line again.
 */

export type ServerError = 'invalid' | 'not-https' | 'hosted' | 'denied' | 'failed';
export type AddResult = { ok: true; origin: string } | { ok: false; error: ServerError };
export interface SelfHostedServer {
  origin: string;
  /** false when the person took the permission back in the browser's settings. */
  allowed: boolean;
}

/**
 * "jitsi.example.org", "https://jitsi.example.org/room?x=1" → "https://jitsi.example.org".
 * Only https, no port (browsers' match patterns cannot name one), no user or password.
 */
export function parseServer(input: string): { origin: string } | { error: ServerError } {
  const text = input.trim();
  if (!text) return { error: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { error: 'invalid' };
  }
  if (url.protocol !== 'https:') return { error: 'not-https' };
  if (url.port || url.username || url.password || !url.hostname.includes('.') || url.hostname.endsWith('.')) {
    return { error: 'invalid' };
  }
  if (HOSTED_CALL_MATCHES.some((pattern) => patternCoversHost(pattern, url.hostname))) return { error: 'hosted' };
  return { origin: url.origin };
}

/** The registration id of each script on this server ("vertraulich-call-self-hosted-jitsi.example.org"). */
const scriptId = (scriptName: string, origin: string) => `vertraulich-${scriptName}-${new URL(origin).host}`;
const registeredIds = async () => new Set((await browser.scripting.getRegisteredContentScripts()).map((script) => script.id));

async function storedOrigins(): Promise<string[]> {
  // Checked again on the way out: a stored list is data like any other.
  const raw: unknown = await selfHostedServersItem.getValue();
  return Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string' && 'origin' in parseServer(item)) : [];
}

async function storeOrigins(origins: string[]): Promise<void> {
  await selfHostedServersItem.setValue([...new Set(origins)].sort());
}

/**
 * Scripts an older version registered on servers and this one no longer has: the one call.js with
 * every adapter, and the MAIN-world scripts at load (now started on group calls only).
 */
const RETIRED_SCRIPT_IDS = ['call', 'bridge', 'screen-share'];

async function unregisterRetired(origin: string): Promise<void> {
  const registered = await registeredIds();
  const retired = RETIRED_SCRIPT_IDS.map((id) => scriptId(id, origin)).filter((id) => registered.has(id));
  if (retired.length) await browser.scripting.unregisterContentScripts({ ids: retired });
}

async function register(origin: string): Promise<void> {
  const matches = [`${origin}/*`];
  await unregisterRetired(origin);
  const registered = await registeredIds();
  // In SELF_HOSTED_PAGE_SCRIPTS' order: the MAIN-world scripts first, so their state is posted by the time
  // the call script listens (it also says hello). Only what is missing: an update adds a new script.
  const scripts: Parameters<typeof browser.scripting.registerContentScripts>[0] = SELF_HOSTED_PAGE_SCRIPTS.filter(
    (script) => !registered.has(scriptId(script.id, origin)),
  ).map((script) => ({
    id: scriptId(script.id, origin),
    matches,
    js: [script.file],
    runAt: script.runAt,
    allFrames: script.allFrames,
    ...(script.world === 'MAIN' ? { world: 'MAIN' as const } : {}),
    persistAcrossSessions: true,
  }));
  if (!scripts.length) return;
  try {
    await browser.scripting.registerContentScripts(scripts);
  } catch (error) {
    // The background (permission just added) and the options page may register at the same time.
    const now = await registeredIds();
    if (!SELF_HOSTED_PAGE_SCRIPTS.every((script) => now.has(scriptId(script.id, origin)))) throw error;
  }
}

async function unregister(origin: string): Promise<void> {
  await unregisterRetired(origin);
  const registered = await registeredIds();
  const ids = SELF_HOSTED_PAGE_SCRIPTS.map((script) => scriptId(script.id, origin)).filter((id) => registered.has(id));
  if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
}

/**
 * Add a server. Call it straight from a click in an extension page: the permission question is
 * the first thing it does, because browsers only ask after a user gesture.
 */
export async function addServer(input: string): Promise<AddResult> {
  const parsed = parseServer(input);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const { origin } = parsed;
  let granted = false;
  try {
    granted = await browser.permissions.request({ origins: [`${origin}/*`] });
  } catch {
    return { ok: false, error: 'failed' };
  }
  if (!granted) return { ok: false, error: 'denied' };
  try {
    await register(origin);
    await storeOrigins([...(await storedOrigins()), origin]);
    return { ok: true, origin };
  } catch {
    return { ok: false, error: 'failed' };
  }
}

/** Remove a server: its scripts and the permission for its host go too. */
export async function removeServer(origin: string): Promise<void> {
  await storeOrigins((await storedOrigins()).filter((stored) => stored !== origin));
  await unregister(origin).catch(() => undefined);
  await browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
}

export async function listServers(): Promise<SelfHostedServer[]> {
  const origins = await storedOrigins();
  return Promise.all(
    origins.map(async (origin) => ({ origin, allowed: await browser.permissions.contains({ origins: [`${origin}/*`] }) })),
  );
}

/** Register what is allowed and missing, unregister what lost its permission. */
export async function syncSelfHostedServers(): Promise<void> {
  for (const { origin, allowed } of await listServers()) {
    await (allowed ? register(origin) : unregister(origin)).catch(() => undefined);
  }
}

/** For the background: sync now, and whenever the person changes a host permission in the browser. */
export function startSelfHostedServers(): void {
  void syncSelfHostedServers();
  browser.permissions.onAdded.addListener(() => void syncSelfHostedServers());
  browser.permissions.onRemoved.addListener(() => void syncSelfHostedServers());
}
