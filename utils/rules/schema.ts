// The rule-set document `vertraulich.ruleset/1`: the one definition every entry point (file,
// share code, subscription, admin policy) validates against, and the source of the published
// docs/ruleset.schema.json. Strict objects throughout: an unknown field is an error, so a typo
// ("reminder" for "reminders") is reported instead of silently ignored.
// No defaults or transforms: the parsed document must stay byte-for-byte what was signed.
import { z } from 'zod/mini';
import { base64UrlPattern } from './base64url';

export const RULESET_FORMAT = 'vertraulich.ruleset/1';
/** Files (and decompressed share codes) larger than this are refused before parsing. */
export const MAX_RULESET_BYTES = 256 * 1024;

// Shared patterns; import.ts recognises them in validation issues to say what is wrong.
export const ID_PATTERN = /^[a-z0-9-]{1,64}$/;
export const HTTPS_URL_PATTERN = /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;
export const HASH_PATTERN = base64UrlPattern(32);
export const PUBLIC_KEY_PATTERN = base64UrlPattern(32);
export const SALT_PATTERN = base64UrlPattern(16, 64);
export const SIGNATURE_PATTERN = base64UrlPattern(64);

/** Attaches a description (and JSON-Schema-only keywords) for the generated JSON Schema. */
function describe<T extends z.ZodMiniType>(schema: T, description: string, extra: Record<string, unknown> = {}): T {
  z.globalRegistry.add(schema, { description, ...extra });
  return schema;
}

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

const RuleSchema = z.strictObject({
  id: describe(z.string().check(z.regex(ID_PATTERN)), 'Rule id: 1-64 of a-z, 0-9 and "-".'),
  text: describe(
    z.strictObject({
      de: describe(text(500), 'German text, 1-500 characters.'),
      en: describe(text(500), 'English text, 1-500 characters.'),
    }),
    'The rule as shown to participants, in German and English.',
  ),
});

const NamesSchema = z.strictObject({
  policy: describe(
    z.enum(['any', 'first-name']),
    '"any": each person decides, only their own full name gets a reminder; "first-name": first names (optionally with an initial) for everyone.',
  ),
});

const unique = (list: readonly string[]) => new Set(list).size === list.length;

const RosterSchema = z.strictObject({
  salt: describe(
    z.string().check(z.regex(SALT_PATTERN)),
    'Per-rule-set HMAC key: base64url (no padding) of 16-64 random bytes.',
  ),
  members: describe(
    z.array(describe(z.string().check(z.regex(HASH_PATTERN)), 'base64url HMAC-SHA-256 (32 bytes) of one normalised name.')).check(
      z.maxLength(2000),
      z.refine(unique, { params: { reason: 'duplicate' } }),
    ),
    'Keyed hashes of the members\' normalised names, never the names. At most 2000, no duplicates.',
    { uniqueItems: true },
  ),
  exact: z.optional(
    describe(
      z.array(describe(z.string().check(z.regex(HASH_PATTERN)), 'base64url HMAC-SHA-256 (32 bytes) of "exact", a line feed and one name in plain normal form.')).check(
        z.maxLength(2000),
        z.refine(unique, { params: { reason: 'duplicate' } }),
      ),
      'Keyed hashes of the members\' names in plain normal form, without the look-alike mapping: they tell a member from a look-alike imitation. At most 2000, no duplicates.',
      { uniqueItems: true },
    ),
  ),
  expected: z.optional(
    describe(z.int().check(z.gte(1), z.lte(2000)), 'How many people the organiser expects in a call (1-2000).'),
  ),
});

const RemindersSchema = z.strictObject({
  atJoin: describe(z.boolean(), 'Show the rules as a reminder when joining a call.'),
  everyMinutes: describe(z.int().check(z.gte(0), z.lte(240)), 'Repeat the reminder every n minutes during a call; 0 = never.'),
});

const OrganiserSchema = z.strictObject({
  name: describe(text(80), 'Who signs the rule set, as participants know them (1-80 characters).'),
  key: describe(
    z.string().check(z.regex(PUBLIC_KEY_PATTERN)),
    'Ed25519 public key: base64url (no padding) of the 32 raw key bytes.',
  ),
});

export const RuleSetSchema = describe(
  z
    .strictObject({
      format: describe(z.literal(RULESET_FORMAT), 'Always "vertraulich.ruleset/1".'),
      id: describe(
        z.string().check(z.regex(ID_PATTERN)),
        'Stable id of this group\'s rule set: 1-64 of a-z, 0-9 and "-". Updates keep the id.',
      ),
      version: describe(z.int().check(z.gte(1)), 'Whole number >= 1. Every update of the same id must raise it.'),
      title: describe(text(80), 'Shown to participants, 1-80 characters.'),
      rules: describe(z.array(RuleSchema).check(z.minLength(1), z.maxLength(30)), '1-30 rules.'),
      names: z.optional(describe(NamesSchema, 'Name policy; missing means "any".')),
      roster: z.optional(describe(RosterSchema, 'Who belongs to the group, as keyed hashes only.')),
      reminders: z.optional(describe(RemindersSchema, 'When to remind participants of the rules.')),
      meetings: z.optional(
        describe(
          z
            .array(describe(z.string().check(z.maxLength(500), z.regex(HTTPS_URL_PATTERN)), 'An https meeting link, at most 500 characters.', { format: 'uri' }))
            .check(z.maxLength(50)),
          'Meeting links this rule set applies to (at most 50).',
        ),
      ),
      organiser: z.optional(describe(OrganiserSchema, 'Who signed the rule set. Required when "signature" is present.')),
      signature: z.optional(
        describe(
          z.string().check(z.regex(SIGNATURE_PATTERN)),
          'Ed25519 signature (base64url, 64 bytes) by organiser.key over the RFC 8785 canonical JSON of the document without "signature".',
        ),
      ),
    })
    .check(
      // A signature nobody can check is not "signed"; say so instead of calling it tampered.
      z.refine((doc) => doc.signature === undefined || doc.organiser !== undefined, {
        path: ['organiser'],
        params: { reason: 'signature-without-key' },
      }),
    ),
  'A Vertraulich rule set: the written agreement of one self-help group.',
  { dependentRequired: { signature: ['organiser'] } },
);

export type RuleSetDocument = z.infer<typeof RuleSetSchema>;
