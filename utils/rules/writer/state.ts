// The rule sets' part of storage.local as one value, and how a stored value is read back: every
// part checked, what does not validate dropped and named, so a damaged or older store is never
// acted on as if it were fine (the options page says so and offers to write back what is kept).
import { z } from 'zod/mini';
import { RULE_SET_ERROR_CODES, type RuleSetError } from '../errors';
import { HTTPS_URL_PATTERN, PUBLIC_KEY_PATTERN, RuleSetSchema } from '../schema';
import type { StoredRuleSet } from '../stored';
import type { RuleSetDocument } from '../types';

/** Every storage key the one writer (writer.ts) owns, with its value. */
export interface RuleSetState {
  ruleSets: Record<string, StoredRuleSet>;
  activeRuleSetId: string | null;
  pinnedKeys: Record<string, string>;
  acknowledged: Record<string, number>;
  /** Rule-set id → the highest version ever accepted: kept after "Remove", so no older one comes back. */
  ruleSetFloors: Record<string, number>;
  managedRuleSet: RuleSetDocument | null;
  managedError: RuleSetError | null;
}
export type RuleSetStateKey = keyof RuleSetState;
export const STATE_KEYS: readonly RuleSetStateKey[] = [
  'ruleSets',
  'activeRuleSetId',
  'pinnedKeys',
  'acknowledged',
  'ruleSetFloors',
  'managedRuleSet',
  'managedError',
];

export const EMPTY_STATE: RuleSetState = Object.freeze({
  ruleSets: {},
  activeRuleSetId: null,
  pinnedKeys: {},
  acknowledged: {},
  ruleSetFloors: {},
  managedRuleSet: null,
  managedError: null,
}) as RuleSetState;

const ErrorSchema = z.object({
  code: z.enum(RULE_SET_ERROR_CODES),
  field: z.optional(z.string()),
  params: z.optional(z.array(z.string())),
});
const StoredSchema = z.object({
  doc: RuleSetSchema,
  acceptedAt: z.number(),
  source: z.enum(['file', 'share-code', 'share-link', 'subscription', 'organiser']),
  subscription: z.optional(
    z.object({
      url: z.string().check(z.regex(HTTPS_URL_PATTERN)),
      lastChecked: z.nullable(z.number()),
      lastError: z.nullable(ErrorSchema),
    }),
  ),
  yieldedMeetings: z.optional(z.array(z.string())),
});
const version = z.int().check(z.gte(1));

export interface ReadState {
  state: RuleSetState;
  /** The keys whose stored value did not (wholly) validate; empty when all is well. */
  damaged: RuleSetStateKey[];
  /** Entries of stored maps that did not validate, as stored: kept until the person repairs. */
  invalid: Partial<Record<RuleSetStateKey, Record<string, unknown>>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Entries of a stored map that validate (keys in their own right, never the prototype's). */
interface Entries<T> {
  value: Record<string, T>;
  ok: boolean;
  invalid: Record<string, unknown>;
}
function entries<T>(raw: unknown, check: (key: string, value: unknown) => T | undefined): Entries<T> {
  if (raw === undefined) return { value: {}, ok: true, invalid: {} };
  if (!isRecord(raw)) return { value: {}, ok: false, invalid: {} };
  const value: Record<string, T> = {};
  const invalid: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(raw)) {
    const checked = check(key, item);
    if (checked === undefined) invalid[key] = item;
    else value[key] = checked;
  }
  return { value, ok: Object.keys(invalid).length === 0, invalid };
}

const parsed = <T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
};

/** A stored value (undefined: never stored) as the writer's state, with what had to be dropped. */
export function readState(raw: Partial<Record<RuleSetStateKey, unknown>>): ReadState {
  const damaged: RuleSetStateKey[] = [];
  const note = (key: RuleSetStateKey, ok: boolean) => {
    if (!ok) damaged.push(key);
  };

  const ruleSets = entries(raw.ruleSets, (id, value) => {
    const stored = parsed(StoredSchema, value) as StoredRuleSet | undefined;
    return stored?.doc.id === id ? stored : undefined;
  });
  note('ruleSets', ruleSets.ok);
  const pinnedKeys = entries(raw.pinnedKeys, (_id, key) => (typeof key === 'string' && PUBLIC_KEY_PATTERN.test(key) ? key : undefined));
  note('pinnedKeys', pinnedKeys.ok);
  const acknowledged = entries(raw.acknowledged, (_id, value) => parsed(version, value));
  note('acknowledged', acknowledged.ok);
  const floors = entries(raw.ruleSetFloors, (_id, value) => parsed(version, value));
  note('ruleSetFloors', floors.ok);

  let activeRuleSetId: string | null = null;
  if (typeof raw.activeRuleSetId === 'string') activeRuleSetId = raw.activeRuleSetId;
  else note('activeRuleSetId', raw.activeRuleSetId === undefined || raw.activeRuleSetId === null);
  // A choice of a rule set that is not kept is no choice (the built-in one applies).
  if (activeRuleSetId !== null && !Object.hasOwn(ruleSets.value, activeRuleSetId)) activeRuleSetId = null;

  const managedRuleSet = raw.managedRuleSet == null ? null : (parsed(RuleSetSchema, raw.managedRuleSet) ?? null);
  note('managedRuleSet', raw.managedRuleSet == null || managedRuleSet !== null);
  const managedError = raw.managedError == null ? null : ((parsed(ErrorSchema, raw.managedError) as RuleSetError | undefined) ?? null);
  note('managedError', raw.managedError == null || managedError !== null);

  // Floors cover every kept version, whatever an older store held.
  for (const stored of Object.values(ruleSets.value)) {
    const id = stored.doc.id;
    floors.value[id] = Math.max(Object.hasOwn(floors.value, id) ? floors.value[id]! : 0, stored.doc.version);
  }

  return {
    state: {
      ruleSets: ruleSets.value,
      activeRuleSetId,
      pinnedKeys: pinnedKeys.value,
      acknowledged: acknowledged.value,
      ruleSetFloors: floors.value,
      managedRuleSet,
      managedError,
    },
    damaged,
    invalid: { ruleSets: ruleSets.invalid, pinnedKeys: pinnedKeys.invalid, acknowledged: acknowledged.invalid, ruleSetFloors: floors.invalid },
  };
}
