import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(__dirname, '../../fixtures');

export type FixtureHelpers = Record<string, (...args: string[]) => unknown>;
type TestWindow = Window & { __fixture?: FixtureHelpers };

/**
 * Puts a fixture (tests/fixtures/<client>/<name>) into the happy-dom test document and runs its
 * inline helper script (tests only: shipped code never turns text into markup or code).
 */
export function loadFixture(path: string): FixtureHelpers {
  const win = window as unknown as TestWindow;
  delete win.__fixture;
  // happy-dom does not load frames or script files (and says so loudly): the adapters only look at
  // the elements. A script of an unknown type is never fetched.
  const html = readFileSync(resolve(FIXTURES, path), 'utf8')
    .replace(/(<iframe\b[^>]*?)\ssrc=/g, '$1 data-src=')
    .replace(/<iframe\b/g, '<iframe srcdoc=""')
    .replace(/<script\b(?=[^>]*\ssrc=)/g, '<script type="text/x-not-run"');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  for (const script of document.body.querySelectorAll('script:not([src])')) new Function(script.textContent ?? '')();
  return (window as unknown as TestWindow).__fixture ?? {};
}

export function clearDocument(): void {
  document.head.textContent = '';
  document.body.textContent = '';
  delete (window as unknown as TestWindow).__fixture;
}

/** The participants of a snapshot, compact and in a stable order, for toEqual. */
export const people = (snapshot: { participants: { name: string; isSelf: boolean; shownIn: string[] }[] }) =>
  snapshot.participants
    .map((p) => ({ name: p.name, isSelf: p.isSelf, shownIn: [...p.shownIn].sort() }))
    .sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
