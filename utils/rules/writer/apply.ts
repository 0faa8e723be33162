// The writer's transactions: (latest state, operation) → next state and result. Pure apart from
// the signature check, so tests run them against any interleaving. What holds after any
// sequence: every accepted rule set is kept until removed, versions only go up (also after
// "Remove"), a pinned key never changes (only "forget" drops it).
import type { RuleSetError } from '../errors';
import { parseRuleSet, type ImportContext, type ImportResult } from '../import';
import type { StoredRuleSet } from '../stored';
import type { RuleSetDocument } from '../types';
import { meetingKey } from '../resolve';
import { claimsOf } from './claims';
import type { Operation, OperationResult } from './operations';
import type { RuleSetState } from './state';

export interface Applied {
  state: RuleSetState;
  result: OperationResult;
}

const own = <T>(map: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(map, id) ? map[id] : undefined);
const without = <T>(map: Readonly<Record<string, T>>, id: string): Record<string, T> => {
  const { [id]: _gone, ...rest } = map;
  return rest;
};
const refused = (state: RuleSetState, error: RuleSetError): Applied => ({ state, result: { ok: false, error } });

export function importContextOf(state: RuleSetState): ImportContext {
  const known = Object.fromEntries(Object.entries(state.ruleSets).map(([id, stored]) => [id, stored.doc]));
  return { active: null, known, pinnedKeys: state.pinnedKeys, floors: state.ruleSetFloors };
}

/** The state with `doc` kept: its pin (first signed version), its floor, and who yields which link. */
function keep(state: RuleSetState, doc: RuleSetDocument, entry: Omit<StoredRuleSet, 'doc'>, takeOver: readonly string[]): RuleSetState {
  const ruleSets = { ...state.ruleSets };
  const previous = own(ruleSets, doc.id);
  let yielded = previous?.yieldedMeetings ?? [];
  for (const claim of claimsOf(doc, state.ruleSets)) {
    // Kept as meeting keys (resolve.ts meetingKey): what the call page compares with.
    const links = claim.meetings.map((meeting) => meetingKey(meeting)!);
    if (takeOver.includes(claim.id)) {
      // The person let this rule set take over those calls: the other one gives the links up.
      const other = ruleSets[claim.id]!;
      ruleSets[claim.id] = { ...other, yieldedMeetings: [...new Set([...(other.yieldedMeetings ?? []), ...links])] };
    } else {
      // Nobody decided (a daily check): the group that had the link keeps it.
      yielded = [...new Set([...yielded, ...links])];
    }
  }
  ruleSets[doc.id] = { doc, ...entry, ...(yielded.length > 0 ? { yieldedMeetings: yielded } : {}) };
  const pinnedKeys =
    doc.signature !== undefined && doc.organiser && !Object.hasOwn(state.pinnedKeys, doc.id)
      ? { ...state.pinnedKeys, [doc.id]: doc.organiser.key }
      : state.pinnedKeys;
  const floor = Math.max(own(state.ruleSetFloors, doc.id) ?? 0, doc.version);
  return { ...state, ruleSets, pinnedKeys, ruleSetFloors: { ...state.ruleSetFloors, [doc.id]: floor } };
}

async function accept(state: RuleSetState, op: Extract<Operation, { kind: 'accept' }>, now: number): Promise<Applied> {
  if (state.managedRuleSet) return refused(state, { code: 'managed-in-force' });
  const checked: ImportResult = await parseRuleSet(op.text, importContextOf(state));
  if (!checked.ok) return refused(state, checked.error);
  const { doc } = checked;
  const takeOver = op.takeOver ?? [];
  // A rival that arrived after the preview was shown: the person has not seen it, so ask again.
  const unseen = claimsOf(doc, state.ruleSets).find((claim) => !takeOver.includes(claim.id));
  if (unseen) return refused(state, { code: 'meeting-claimed', params: [unseen.title] });
  const previous = own(state.ruleSets, doc.id);
  const subscription = op.follow !== undefined ? { url: op.follow, lastChecked: now, lastError: null } : previous?.subscription;
  const next = keep(state, doc, { acceptedAt: now, source: op.source, ...(subscription ? { subscription } : {}) }, takeOver);
  return { state: { ...next, activeRuleSetId: doc.id }, result: { ok: true, title: doc.title } };
}

async function subscription(state: RuleSetState, op: Extract<Operation, { kind: 'subscription' }>, now: number): Promise<Applied> {
  const stored = own(state.ruleSets, op.id);
  // Removed, or followed from another address meanwhile: this answer is not for what is kept now.
  if (!stored?.subscription || stored.subscription.url !== op.url) return { state, result: { ok: true, outcome: 'unchanged' } };
  const note = (error: RuleSetError | null, url = stored.subscription!.url): Applied => {
    const entry: StoredRuleSet = { ...stored, subscription: { url, lastChecked: now, lastError: error } };
    return { state: { ...state, ruleSets: { ...state.ruleSets, [op.id]: entry } }, result: error ? { ok: false, error } : { ok: true, outcome: 'unchanged' } };
  };
  if ('error' in op.fetched) return note(op.fetched.error);
  const checked = await parseRuleSet(op.fetched.text, importContextOf(state));
  if (!checked.ok) return checked.error.code === 'already-active' ? note(null, op.fetched.url) : note(checked.error);
  // A document of another group at this address is refused like any wrong document.
  if (checked.doc.id !== op.id) return note({ code: 'key-changed', params: [checked.doc.id, op.id] });
  const entry = { acceptedAt: now, source: stored.source, subscription: { url: op.fetched.url, lastChecked: now, lastError: null } };
  return { state: keep(state, checked.doc, entry, []), result: { ok: true, outcome: 'updated', title: checked.doc.title } };
}

/** The next state for one operation, applied to the latest stored state. */
export async function apply(state: RuleSetState, op: Operation, now: number): Promise<Applied> {
  switch (op.kind) {
    case 'accept':
      return accept(state, op, now);
    case 'subscription':
      return subscription(state, op, now);
    case 'remove':
    case 'forget': {
      if (!own(state.ruleSets, op.id) && op.kind === 'remove') return { state, result: { ok: true } };
      const next: RuleSetState = {
        ...state,
        ruleSets: without(state.ruleSets, op.id),
        activeRuleSetId: state.activeRuleSetId === op.id ? null : state.activeRuleSetId,
      };
      // "Remove" keeps the floor and the pin, so an older or foreign copy cannot come back.
      if (op.kind === 'forget') {
        next.ruleSetFloors = without(state.ruleSetFloors, op.id);
        next.pinnedKeys = without(state.pinnedKeys, op.id);
        next.acknowledged = without(state.acknowledged, op.id);
      }
      return { state: next, result: { ok: true } };
    }
    case 'choose':
      if (state.managedRuleSet) return refused(state, { code: 'managed-in-force' });
      if (!own(state.ruleSets, op.id)) return { state, result: { ok: true } };
      return { state: { ...state, activeRuleSetId: op.id }, result: { ok: true } };
    case 'acknowledge': {
      const agreed = Math.max(own(state.acknowledged, op.id) ?? 0, op.version);
      return { state: { ...state, acknowledged: { ...state.acknowledged, [op.id]: agreed } }, result: { ok: true } };
    }
    case 'managed': {
      const { reading } = op;
      if (reading.status === 'none') return { state: { ...state, managedRuleSet: null, managedError: null }, result: { ok: true } };
      if (reading.status === 'ok') return { state: { ...state, managedRuleSet: reading.doc, managedError: null }, result: { ok: true } };
      // A broken policy keeps the last valid one in force (if any) and says what is wrong.
      return { state: { ...state, managedError: reading.error }, result: { ok: false, error: reading.error } };
    }
    case 'repair':
      return { state, result: { ok: true } };
  }
}
