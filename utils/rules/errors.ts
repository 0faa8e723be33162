// Why an import was refused, as data: the UI turns it into a message (error-text.ts), tests
// compare codes. `field` is a path like "rules[2].text.de" with list positions counted from 1,
// because people read it ("the second rule"), not programs.

export const RULE_SET_ERROR_CODES = [
  'too-large', // params: [size in KB (at least), limit in KB]
  'read-failed', // the file could not be read at all
  'not-json',
  'not-ruleset', // JSON, but no `"format": "vertraulich.ruleset/1"`
  'format-unsupported', // params: [format] — a later vertraulich.ruleset/N
  'unknown-field', // field
  'missing-field', // field
  'wrong-type', // field
  'invalid-choice', // field, params: [field, allowed values]
  'not-whole-number', // field
  'number-too-small', // field, params: [field, minimum]
  'number-too-large', // field, params: [field, maximum]
  'text-empty', // field
  'text-too-long', // field, params: [field, maximum characters]
  'too-few-items', // field, params: [field, minimum]
  'too-many-items', // field, params: [field, maximum]
  'bad-id', // field
  'bad-url', // field
  'bad-encoding', // field: a key, hash, salt or signature that is not what it should be
  'duplicate-entry', // field
  'invalid-field', // field: anything else the schema refuses
  'signature-without-key', // signed, but no organiser key to check it with
  'tampered', // the signature does not match the content
  'key-changed', // params: [fingerprint of the new key, fingerprint of the pinned key]
  'unsigned-update', // params: [fingerprint of the pinned key]
  'version-not-higher', // params: [new version, active version]
  'already-active', // params: [version] — the very same document is already in use
  'newer-in-use', // params: [version in use, this version] — an older copy, e.g. a preview left open
  'older-than-removed', // params: [this version, highest version accepted before "Remove"]
  'managed-in-force', // an admin's rule set applies: no other can be chosen
  'meeting-claimed', // params: [title] — another kept rule set lists one of its meeting links (see the preview again)
  'bad-share-code', // not a share code, or a damaged one
  'not-https', // a subscription address that is not https://
  'fetch-failed', // params: [host] — the server could not be reached
  'fetch-status', // params: [host, HTTP status]
  'fetch-timeout', // params: [host, seconds] — no complete answer in time
  'not-saved', // the background did not answer or the storage refused the change
  'redirect-refused', // params: [host asked, where it sent us] — not https, or another host
] as const;

export type RuleSetErrorCode = (typeof RULE_SET_ERROR_CODES)[number];

/**
 * `params` are the message substitutions in order; when there is a `field` it is always the
 * first of them, so a message can say which field without knowing the error's shape.
 */
export interface RuleSetError {
  code: RuleSetErrorCode;
  field?: string;
  params?: string[];
}

/** ["rules", 1, "text", "de"] → "rules[2].text.de" (positions from 1). */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
