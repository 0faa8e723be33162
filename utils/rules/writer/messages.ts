// Options and popup → background: the one writer's messages (utils/platform/messages.ts has the
// others; these stay here so the call content script's bundle never carries their checkers).
// The background treats them as untrusted input like every message: documents are checked again
// by the import gate inside the transaction, these checkers only fix the shape.
import { Invalid, list, literal, parsePlain, record, text, type Check } from '../../clients/common/plain-data';
import { RULE_SET_ERROR_CODES, type RuleSetError } from '../errors';
import { MAX_RULESET_BYTES } from '../schema';
import type { RuleSetSource } from '../stored';
import type { Operation, OperationResult } from './operations';

export const RULES_CHANGE = 'rules-change';
export const RULES_CHECK = 'rules-check';

/** Apply one operation (not 'subscription' or 'managed': only the background makes those). */
export interface RulesChangeMessage {
  type: typeof RULES_CHANGE;
  op: Operation;
}
/** "Check now" for one followed rule set: the background fetches it and applies the result. */
export interface RulesCheckMessage {
  type: typeof RULES_CHECK;
  id: string;
}

const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value) => (value === undefined ? undefined : check(value));
const version: Check<number> = (value) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new Invalid();
  return value;
};
const id = text(64, 1);
const source = literal<RuleSetSource>('file', 'share-code', 'share-link', 'subscription', 'organiser');

const OPS: Record<string, Check<Operation>> = {
  accept: record({
    kind: literal('accept'),
    text: text(MAX_RULESET_BYTES, 1),
    source,
    follow: optional(text(2000, 1)),
    takeOver: optional(list(id, 100)),
  }),
  remove: record({ kind: literal('remove'), id }),
  forget: record({ kind: literal('forget'), id }),
  choose: record({ kind: literal('choose'), id }),
  acknowledge: record({ kind: literal('acknowledge'), id, version }),
  repair: record({ kind: literal('repair') }),
};

/** The record checker keeps every named field, also an absent optional one: drop those again. */
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export function parseRulesChange(message: unknown): RulesChangeMessage | null {
  const shape = parsePlain(record({ type: literal(RULES_CHANGE), op: (v) => v }), message);
  const kind = (shape?.op as { kind?: unknown } | null)?.kind;
  if (!shape || typeof kind !== 'string' || !Object.hasOwn(OPS, kind)) return null;
  const op = parsePlain(OPS[kind]!, shape.op);
  return op ? { type: RULES_CHANGE, op: defined(op) } : null;
}

export const parseRulesCheck = (message: unknown): RulesCheckMessage | null =>
  parsePlain(record({ type: literal(RULES_CHECK), id }), message);

/** The background's answer, checked by the page that asked (a missing answer is a failure too). */
export function parseResult(answer: unknown): OperationResult {
  const codes: readonly string[] = RULE_SET_ERROR_CODES;
  if (typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === true) return answer as OperationResult;
  const error = (answer as { error?: Partial<RuleSetError> } | null)?.error;
  if (error && typeof error.code === 'string' && codes.includes(error.code)) return { ok: false, error: error as RuleSetError };
  return { ok: false, error: { code: 'not-saved' } };
}
