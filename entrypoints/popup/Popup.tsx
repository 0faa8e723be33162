import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { Acknowledge } from '../../components/rules/Acknowledge';
import { RuleList } from '../../components/rules/RuleList';
import { GroupCallChoice } from '../../components/status/GroupCallChoice';
import { EnableHere } from '../../components/status/EnableHere';
import { TabStatus } from '../../components/status/TabStatus';
import { showsSkypeNotice } from '../../utils/clients/common/skype-notice';
import { PopupQuickCheck } from './PopupQuickCheck';
import { PopupCurtain } from '../../components/curtain/PopupCurtain';
import { t } from '../../utils/platform/i18n';
import { DEFAULT_RULE_SET } from '../../utils/rules/default-rule-set';
import { resolveRuleSet, type RuleSetOrigin } from '../../utils/rules/resolve';
import { readRuleSetState } from '../../utils/rules/store';
import { STATE_KEYS } from '../../utils/rules/writer/state';
import { watchLocal } from '../../utils/platform/local-values';
import { tabStateKey } from '../../utils/platform/storage';
import type { RuleSetDocument } from '../../utils/rules/types';
import { parseTabState, type TabState } from '../../utils/platform/messages';
import { targetTab, type TargetTab } from './target-tab';

export function Popup() {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [applicable, setApplicable] = useState<{ ruleSet: RuleSetDocument; origin: RuleSetOrigin } | null>(null);
  const [tabState, setTabState] = useState<TabState | null | undefined>(undefined);
  const [managedBroken, setManagedBroken] = useState(false);

  useEffect(() => {
    void targetTab(location.search).then(setTab);
  }, []);

  // The rules that apply to this tab's call, kept current while the popup is open.
  useEffect(() => {
    if (tab === undefined) return;
    // Read checked (utils/rules/writer/state.ts): damaged parts are left out, never crash the popup.
    const update = () =>
      void readRuleSetState().then(({ state }) => {
        setApplicable(resolveRuleSet(state, tab?.url ?? null, DEFAULT_RULE_SET));
        setManagedBroken(state.managedError !== null);
      });
    update();
    return watchLocal(STATE_KEYS, update);
  }, [tab]);

  useEffect(() => {
    if (tab === undefined) return;
    if (tab === null) return setTabState(null);
    const key = tabStateKey(tab.id);
    const accept = (value: unknown) => {
      setTabState(parseTabState(value));
    };
    void storage.getItem(key).then(accept);
    return storage.watch(key, accept);
  }, [tab]);

  return (
    <main class="popup">
      <h1 class="popup__title">{t('popupTitle')}</h1>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('popupStatusHeading')}</h2>
        {tabState !== undefined && <TabStatus state={tabState} />}
        {tabState?.client && tab?.url && <GroupCallChoice url={tab.url} groupCall={tabState.groupCall} />}
        {tabState?.client && tabState.groupCall && tab && <PopupCurtain tabId={tab.id} />}
        {tabState?.client && tabState.groupCall && tab?.url && <PopupQuickCheck url={tab.url} />}
        {showsSkypeNotice(tab?.url) && <p data-status="skype">{t('skypeEndedNotice')}</p>}
        {tab && tabState !== undefined && !tabState?.client && /^https?:/.test(tab.url ?? 'https:') && <EnableHere tabId={tab.id} url={tab.url ?? ''} />}
      </section>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('popupRulesHeading')}</h2>
        {managedBroken && (
          <p role="alert" data-managed-error>
            {t('popupManagedBroken')}
          </p>
        )}
        {applicable && (
          <>
            <RuleList ruleSet={applicable.ruleSet} origin={applicable.origin} />
            <Acknowledge ruleSet={applicable.ruleSet} />
          </>
        )}
      </section>
      <p class="popup__links">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t('popupOpenOptions')}
        </a>
      </p>
    </main>
  );
}
