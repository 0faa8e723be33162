// The one gate every rule set passes before it may become active (file, pasted share code,
// share link, subscription, admin policy). Checks, in order: size before parsing, JSON,
// format, schema, signature, key pinning, version. It never throws and never changes anything:
// the caller stores the result only when it is ok, so nothing is ever half-imported.
import type { core } from 'zod/mini';
import { canonicalForSigning } from './canonical';
import { fieldPath, type RuleSetError } from './errors';
import {
  HASH_PATTERN,
  HTTPS_URL_PATTERN,
  ID_PATTERN,
  MAX_RULESET_BYTES,
  PUBLIC_KEY_PATTERN,
  RULESET_FORMAT,
  RuleSetSchema,
  SALT_PATTERN,
  SIGNATURE_PATTERN,
  type RuleSetDocument,
} from './schema';
import { decodeShareCode } from './share-code';
import { keyFingerprint, verify } from './signing';

export interface ImportContext {
  /** The rule set in use now (null: the built-in one). An update of its id must raise the version. */
  active: RuleSetDocument | null;
  /** Rule-set id → the organiser key (base64url) its first signed version was signed with. */
  pinnedKeys: Readonly<Record<string, string>>;
  /** Other rule sets kept in this browser (one per group), checked like `active` for their id. */
  known?: Readonly<Record<string, RuleSetDocument>>;
  /** Rule-set id → the highest version accepted here, kept after "Remove": nothing older comes back. */
  floors?: Readonly<Record<string, number>>;
}

export type ImportResult =
  | { ok: true; doc: RuleSetDocument; signed: 'unsigned' | 'valid'; fingerprint?: string }
  | { ok: false; error: RuleSetError };

const KB = 1024;
const fail = (error: RuleSetError): ImportResult => ({ ok: false, error });
const withField = (code: RuleSetError['code'], path: readonly PropertyKey[], ...rest: string[]): RuleSetError => {
  const field = fieldPath(path);
  return { code, field, params: [field, ...rest] };
};

/** Parses and checks a rule set from a file's contents or pasted text. Never throws. */
export async function parseRuleSet(input: string | ArrayBuffer | Blob, context: ImportContext): Promise<ImportResult> {
  try {
    const text = await readText(input);
    if (typeof text !== 'string') return fail(text);
    return await check(text, context);
  } catch {
    // Nothing above should throw; if an engine quirk does, the rule set is still refused.
    return fail({ code: 'not-ruleset' });
  }
}

/** Same as parseRuleSet for a pasted share code or an opened share link. Never throws. */
export async function parseShareCode(code: string, context: ImportContext): Promise<ImportResult> {
  const decoded = await decodeShareCode(code);
  return decoded.ok ? parseRuleSet(decoded.text, context) : fail(decoded.error);
}

function tooLarge(bytes: number): RuleSetError {
  return { code: 'too-large', params: [String(Math.ceil(bytes / KB)), String(MAX_RULESET_BYTES / KB)] };
}

/** The text, with the size limit applied before anything is decoded or parsed. */
async function readText(input: string | ArrayBuffer | Blob): Promise<string | RuleSetError> {
  if (typeof input === 'string') {
    // Every UTF-16 unit is at least one UTF-8 byte: a longer string is too large for sure.
    if (input.length > MAX_RULESET_BYTES) return tooLarge(input.length);
    const bytes = new TextEncoder().encode(input).byteLength;
    if (bytes > MAX_RULESET_BYTES) return tooLarge(bytes);
    return input.replace(/^\uFEFF/, '');
  }
  const size = input instanceof ArrayBuffer ? input.byteLength : input.size;
  if (size > MAX_RULESET_BYTES) return tooLarge(size);
  let buffer: ArrayBuffer;
  try {
    buffer = input instanceof ArrayBuffer ? input : await input.arrayBuffer();
  } catch {
    return { code: 'read-failed' };
  }
  if (buffer.byteLength > MAX_RULESET_BYTES) return tooLarge(buffer.byteLength); // a Blob that grew
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer); // drops a BOM
  } catch {
    return { code: 'not-json' };
  }
}

async function check(text: string, { active: current, pinnedKeys, known = {}, floors = {} }: ImportContext): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail({ code: 'not-ruleset' });
  const format = (json as Record<string, unknown>).format;
  if (format !== RULESET_FORMAT) {
    if (typeof format === 'string' && /^vertraulich\.ruleset\/\d{1,6}$/.test(format)) {
      return fail({ code: 'format-unsupported', params: [format] });
    }
    return fail({ code: 'not-ruleset' });
  }

  const parsed = RuleSetSchema.safeParse(json);
  if (!parsed.success) return fail(describeIssue(parsed.error.issues, json));
  const doc = parsed.data;
  // The rule set of the same group (same id) that this one would replace, if any.
  const active = current?.id === doc.id ? current : Object.hasOwn(known, doc.id) ? known[doc.id]! : null;

  const signed = await verify(doc);
  if (signed === 'invalid') return fail({ code: 'tampered' });

  // A group's key is pinned by its first signed rule set; the active one counts as a pin too.
  const pinned = Object.hasOwn(pinnedKeys, doc.id)
    ? pinnedKeys[doc.id]
    : active?.id === doc.id && active.signature !== undefined
      ? active.organiser?.key
      : undefined;
  if (pinned !== undefined) {
    const pinnedPrint = await fingerprintOrUnknown(pinned);
    if (signed === 'unsigned') return fail({ code: 'unsigned-update', params: [pinnedPrint] });
    if (doc.organiser?.key !== pinned) {
      return fail({ code: 'key-changed', params: [await keyFingerprint(doc.organiser!.key), pinnedPrint] });
    }
  }

  if (active && active.id === doc.id && doc.version <= active.version) {
    if (doc.version === active.version && sameDocument(doc, active)) {
      return fail({ code: 'already-active', params: [String(doc.version)] });
    }
    // An older copy (a preview left open while a newer one came in) is refused, never a downgrade.
    if (doc.version < active.version) return fail({ code: 'newer-in-use', params: [String(active.version), String(doc.version)] });
    return fail({ code: 'version-not-higher', params: [String(doc.version), String(active.version)] });
  }
  // A removed group's older versions stay refused (the same version may come back).
  const floor = Object.hasOwn(floors, doc.id) ? floors[doc.id]! : 0;
  if (!active && doc.version < floor) return fail({ code: 'older-than-removed', params: [String(doc.version), String(floor)] });

  if (signed === 'valid') return { ok: true, doc, signed, fingerprint: await keyFingerprint(doc.organiser!.key) };
  return { ok: true, doc, signed };
}

async function fingerprintOrUnknown(key: string): Promise<string> {
  try {
    return await keyFingerprint(key);
  } catch {
    return '?';
  }
}

function sameDocument(a: RuleSetDocument, b: RuleSetDocument): boolean {
  try {
    return canonicalForSigning(a) === canonicalForSigning(b) && a.signature === b.signature;
  } catch {
    return false;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { present: boolean; value: unknown } {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return { present: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return { present: true, value };
}

/** The first schema issue, as the specific error a person can act on. */
function describeIssue(issues: readonly core.$ZodIssue[], json: unknown): RuleSetError {
  const issue = issues[0];
  if (!issue) return { code: 'invalid-field' };
  const path = issue.path as PropertyKey[];
  switch (issue.code) {
    case 'unrecognized_keys':
      return withField('unknown-field', [...path, issue.keys[0] ?? '']);
    case 'invalid_type': {
      const { present, value } = valueAt(json, path);
      if (!present) return withField('missing-field', path);
      if (issue.expected === 'int' && typeof value === 'number') return withField('not-whole-number', path);
      return withField('wrong-type', path);
    }
    case 'invalid_value':
      return withField('invalid-choice', path, issue.values.map((v) => `"${String(v)}"`).join(', '));
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') return small ? withField('text-empty', path) : withField('text-too-long', path, limit);
      if (issue.origin === 'array') return withField(small ? 'too-few-items' : 'too-many-items', path, limit);
      return withField(small ? 'number-too-small' : 'number-too-large', path, limit);
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? issue.pattern : undefined;
      if (pattern === String(ID_PATTERN)) return withField('bad-id', path);
      if (pattern === String(HTTPS_URL_PATTERN)) return withField('bad-url', path);
      const encoded = [HASH_PATTERN, PUBLIC_KEY_PATTERN, SALT_PATTERN, SIGNATURE_PATTERN].map(String);
      if (pattern !== undefined && encoded.includes(pattern)) return withField('bad-encoding', path);
      return withField('invalid-field', path);
    }
    case 'custom': {
      const reason = (issue.params as { reason?: string } | undefined)?.reason;
      if (reason === 'duplicate') return withField('duplicate-entry', path);
      if (reason === 'signature-without-key') return { code: 'signature-without-key' };
      return withField('invalid-field', path);
    }
    default:
      return withField('invalid-field', path);
  }
}
