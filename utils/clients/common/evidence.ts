/**
 * Where a selector was seen: fixture file under tests/fixtures/<client>/ → how many elements it
 * matches there. tests/unit/clients/selector-evidence.test.ts loads each fixture and counts, so a
 * selector without evidence, or one that stopped matching as many elements as claimed, fails.
 * Only tests read it: it is left out of the content script.
 */
export interface Evidence<K extends string = string> {
  counts: Readonly<Record<string, number>>;
  /** Counted inside each element of this other selector (for selectors that start with `:scope`). */
  within?: K;
  /** Counted after this helper of the fixture's test script ran (a state the static page is not in). */
  after?: string;
}

export type SelectorEvidence<S extends Record<string, string>> = { readonly [K in keyof S]: Evidence<Extract<keyof S, string>> };
