// The background's side of the rule sets: the one writer, the messages that reach it, the admin
// policy and the daily check of followed rule sets.
import { browser, type Browser } from 'wxt/browser';
import { syncManagedRuleSet } from '../managed';
import { readRuleSetState } from '../store';
import { checkAllSubscriptions, checkSubscription } from '../subscription';
import { localStateStore } from './local-store';
import { parseRulesChange, parseRulesCheck } from './messages';
import type { OperationResult } from './operations';
import { watchDamage } from './damage';
import { createWriter } from './writer';

const SUBSCRIPTION_ALARM = 'check-followed-rule-sets';

export const ruleSetWriter = createWriter(localStateStore);

/** Only the extension's own pages (options, popup) may change rule sets; never a call page's content script. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** The answer to a rule-set message, or null when the message is about something else. */
export function answerRulesMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<OperationResult> | null {
  const change = parseRulesChange(message);
  const check = change ? null : parseRulesCheck(message);
  if (!change && !check) return null;
  if (!fromExtensionPage(sender)) return null;
  if (change) return ruleSetWriter.run(change.op);
  return readRuleSetState().then(({ state }) => checkSubscription(ruleSetWriter, state, check!.id));
}

export function startRuleSets(): void {
  // Damaged or older stored settings are named, for the call page and the options page.
  watchDamage();
  // The admin's rule set (browser policy) wins over all others: read it now and when it changes.
  void syncManagedRuleSet(ruleSetWriter);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncManagedRuleSet(ruleSetWriter);
  });
  // Followed rule sets: checked once a day (the only requests the extension makes, and only to
  // the addresses the person entered). The service worker starts often: create the alarm only
  // once, or the day would never end.
  void browser.alarms.get(SUBSCRIPTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(SUBSCRIPTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SUBSCRIPTION_ALARM) void readRuleSetState().then(({ state }) => checkAllSubscriptions(ruleSetWriter, state));
  });
}
