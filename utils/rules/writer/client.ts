import { browser } from 'wxt/browser';
import type { Operation, OperationResult } from './operations';
import { parseResult, RULES_CHANGE, RULES_CHECK, type RulesChangeMessage, type RulesCheckMessage } from './messages';

/** Options and popup: ask the background's one writer to apply `op`, and wait for what happened. */
export async function changeRuleSets(op: Operation): Promise<OperationResult> {
  const message: RulesChangeMessage = { type: RULES_CHANGE, op };
  return parseResult(await browser.runtime.sendMessage(message).catch(() => null));
}

/** "Check now" for a followed rule set. */
export async function checkRuleSetNow(id: string): Promise<OperationResult> {
  const message: RulesCheckMessage = { type: RULES_CHECK, id };
  return parseResult(await browser.runtime.sendMessage(message).catch(() => null));
}
