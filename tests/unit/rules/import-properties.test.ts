import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_SET_ERROR_CODES } from '../../../utils/rules/errors';
import { parseRuleSet, parseShareCode, type ImportContext, type ImportResult } from '../../../utils/rules/import';
import { RuleSetSchema, type RuleSetDocument } from '../../../utils/rules/schema';
import { exportPublicKey, generateKeyPair, sign } from '../../../utils/rules/signing';
import { full, HASH_A, HASH_B, minimal, SALT } from './corpus';

// No input, however broken, may throw out of the import or touch the active rule set.

const ACTIVE = { ...full(), version: 5 };
function context(): ImportContext {
  return { active: structuredClone(ACTIVE), pinnedKeys: {} };
}

async function check(input: string | ArrayBuffer | Blob, ctx = context()): Promise<ImportResult> {
  const before = structuredClone(ctx);
  const result = await parseRuleSet(input, ctx); // a throw fails the property
  expect(ctx).toEqual(before);
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    expect(RuleSetSchema.safeParse(result.doc).success).toBe(true);
    expect(['unsigned', 'valid']).toContain(result.signed);
  } else {
    expect(RULE_SET_ERROR_CODES).toContain(result.error.code);
    if (result.error.field !== undefined) expect(result.error.params?.[0]).toBe(result.error.field);
    for (const param of result.error.params ?? []) expect(typeof param).toBe('string');
  }
  return result;
}

const id = fc.stringMatching(/^[a-z0-9-]{1,64}$/);
const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }).filter((s) => s.length <= max);
const validDoc: fc.Arbitrary<RuleSetDocument> = fc.record(
  {
    format: fc.constant('vertraulich.ruleset/1' as const),
    id,
    version: fc.integer({ min: 1, max: 1_000_000 }),
    title: text(80),
    rules: fc.array(fc.record({ id, text: fc.record({ de: text(500), en: text(500) }) }), { minLength: 1, maxLength: 5 }),
    names: fc.record({ policy: fc.constantFrom('any' as const, 'first-name' as const) }),
    roster: fc.record({ salt: fc.constant(SALT), members: fc.subarray([HASH_A, HASH_B]), expected: fc.integer({ min: 1, max: 2000 }) }, { requiredKeys: ['salt', 'members'] }),
    reminders: fc.record({ atJoin: fc.boolean(), everyMinutes: fc.integer({ min: 0, max: 240 }) }),
    meetings: fc.array(fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length <= 500 && !/\s/.test(u)), { maxLength: 3 }),
  },
  { requiredKeys: ['format', 'id', 'version', 'title', 'rules'] },
);

// The mutations below create own "__proto__" keys on purpose; they must never reach a prototype
// (a polluted Object.prototype would make every later check in this process meaningless).
const PROTOTYPES = [Object.prototype, Array.prototype] as const;
/** Each own key of a prototype with its value (or accessor) as it is now. */
const snapshot = (proto: object) =>
  Reflect.ownKeys(proto).map((key) => {
    const d = Object.getOwnPropertyDescriptor(proto, key)!;
    return [String(key), d.value ?? d.get, d.set] as const;
  });
const pristine = PROTOTYPES.map(snapshot);

describe('import properties', () => {
  afterAll(() => {
    PROTOTYPES.forEach((proto, i) => {
      const now = snapshot(proto);
      expect(now.map(([key]) => key)).toEqual(pristine[i]!.map(([key]) => key));
      now.forEach(([key, value, set], at) => {
        expect(Object.is(value, pristine[i]![at]![1]), key).toBe(true);
        expect(Object.is(set, pristine[i]![at]![2]), key).toBe(true);
      });
    });
    expect(({} as Record<string, unknown>).rules).toBeUndefined();
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (s) => void (await check(s))), { numRuns: 300 });
  });

  it('never throws on arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (b) => void (await check(b.slice().buffer))), { numRuns: 200 });
  });

  it('never throws on arbitrary JSON, with or without the right format', async () => {
    const withFormat = fc.dictionary(fc.string(), fc.jsonValue()).map((o) => ({ ...o, format: 'vertraulich.ruleset/1' }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), withFormat), async (value) => void (await check(JSON.stringify(value)))),
      { numRuns: 300 },
    );
  });

  it('accepts every valid document unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(validDoc, async (doc) => {
        const result = await check(JSON.stringify(doc), { active: null, pinnedKeys: {} });
        expect(result).toEqual({ ok: true, doc, signed: 'unsigned' });
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on mutated valid documents (values replaced, keys dropped or added)', async () => {
    const mutation = fc.record({
      doc: validDoc,
      path: fc.array(fc.oneof(fc.constantFrom('rules', 'text', 'de', 'roster', 'members', 'names', 'policy', 'version', 'id', 'signature', 'organiser', 'key', '__proto__'), fc.nat(3)), { minLength: 1, maxLength: 4 }),
      value: fc.oneof(fc.jsonValue(), fc.constant(undefined)),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ doc, path, value }) => {
        const copy = structuredClone(doc) as unknown as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = copy;
        for (const part of path.slice(0, -1)) {
          // Own keys only: `parent.__proto__` is the prototype, not part of the document.
          const next = Object.hasOwn(parent, part) ? parent[part] : undefined;
          if (typeof next !== 'object' || next === null) return;
          parent = next as Record<string | number, unknown>;
        }
        const last = path.at(-1)!;
        if (value === undefined) {
          if (Object.hasOwn(parent, last)) delete parent[last];
        }
        else Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
        await check(JSON.stringify(copy));
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts a signed document with a character changed, and never throws on it', async () => {
    const pair = await generateKeyPair();
    const key = await exportPublicKey(pair.publicKey);
    const signed = await sign({ ...full(), organiser: { name: 'Sabine', key } }, pair.privateKey);
    const text = JSON.stringify(signed);
    await fc.assert(
      fc.asyncProperty(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }), async (at, char) => {
        fc.pre(text[at] !== char);
        const result = await check(text.slice(0, at) + char + text.slice(at + 1), { active: null, pinnedKeys: {} });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary share codes', async () => {
    const code = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'AQgw-_aZ09'.split('')) }).map((s) => `VR1.${s}`));
    await fc.assert(
      fc.asyncProperty(code, async (c) => {
        const result = await parseShareCode(c, { active: minimal(), pinnedKeys: {} });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
