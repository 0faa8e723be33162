/**
 * The browser's match patterns ("https://*.zoom.us/wc/*"), read the same way in the page and in
 * the background: a client's hosts.ts is the only list of its hosts, and `recognises()` and the
 * self-hosted check ask it instead of repeating host names. Only the forms the hosts.ts files use
 * (tests/unit/clients/match-pattern.test.ts): a scheme, a host with an optional "*." prefix, a path
 * with "*" wildcards, and no other character a regular expression would read (the port is ignored,
 * as browsers do).
 */
const toRegExp = (pattern: string) =>
  new RegExp(`^${pattern.replace(/\./g, '\\.').replace('://*\\.', '://([^/]+\\.)?').replace(/\*/g, '.*')}$`);

export const matchesAny = (patterns: readonly string[], url: URL): boolean =>
  patterns.some((pattern) => toRegExp(pattern).test(`${url.protocol}//${url.hostname}${url.pathname}${url.search}`));

/** Does the host part of `pattern` cover `host` ("*.zoom.us" covers "zoom.us" and "acme.zoom.us")? */
export function patternCoversHost(pattern: string, host: string): boolean {
  const wanted = pattern.split('/')[2] ?? '';
  return wanted.startsWith('*.') ? host === wanted.slice(2) || host.endsWith(wanted.slice(1)) : host === wanted;
}
