import type { ImportResult } from './import';
import { readRuleSetState } from './store';
import type { RuleSetSource } from './stored';
import type { RuleSetDocument } from './types';
import { claimsOf, type Claim } from './writer/claims';

/** A checked rule set waiting for the person's yes, with what it would change here. */
export type Pending = Extract<ImportResult, { ok: true }> & {
  source: RuleSetSource;
  /** The address it is followed from (the one that answered). */
  follow?: string;
  /** The version kept now of the same group, to say what the update drops. */
  previous?: RuleSetDocument;
  /** Other kept rule sets whose calls it would take over. */
  claims: Claim[];
};

/** The preview of a checked document, compared with what is kept now. */
export async function pendingOf(result: Extract<ImportResult, { ok: true }>, source: RuleSetSource, follow?: string): Promise<Pending> {
  const { state } = await readRuleSetState();
  const previous = Object.hasOwn(state.ruleSets, result.doc.id) ? state.ruleSets[result.doc.id]!.doc : undefined;
  return { ...result, source, ...(follow ? { follow } : {}), ...(previous ? { previous } : {}), claims: claimsOf(result.doc, state.ruleSets) };
}
