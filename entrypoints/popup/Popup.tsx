import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { RuleList } from '../../components/rules/RuleList';
import { TabStatus } from '../../components/status/TabStatus';
import { t } from '../../utils/i18n';
import { DEFAULT_RULE_SET } from '../../utils/rules/default-rule-set';
import type { RuleSet } from '../../utils/rules/types';
import { activeRuleSetItem } from '../../utils/storage';
import { tabStateKey, TabStateSchema, type TabState } from '../../utils/tab-state';
import { targetTabId } from './target-tab';

export function Popup() {
  const [ruleSet, setRuleSet] = useState<RuleSet | null>(null);
  const [tabState, setTabState] = useState<TabState | null | undefined>(undefined);

  useEffect(() => {
    void activeRuleSetItem.getValue().then((value) => setRuleSet(value ?? DEFAULT_RULE_SET));
    let unwatch = () => {};
    void targetTabId(location.search).then(async (tabId) => {
      if (tabId === null) return setTabState(null);
      const key = tabStateKey(tabId);
      const accept = (value: unknown) => {
        const parsed = TabStateSchema.safeParse(value);
        setTabState(parsed.success ? parsed.data : null);
      };
      accept(await storage.getItem(key));
      unwatch = storage.watch(key, accept);
    });
    return () => unwatch();
  }, []);

  return (
    <main class="popup">
      <h1 class="popup__title">{t('popupTitle')}</h1>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t('popupStatusHeading')}</h2>
        {tabState !== undefined && <TabStatus state={tabState} />}
      </section>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('popupRulesHeading')}</h2>
        {ruleSet && <RuleList ruleSet={ruleSet} />}
      </section>
    </main>
  );
}
