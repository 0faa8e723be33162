import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { watchLocal } from '../../utils/platform/local-values';
import { readRuleSetState } from '../../utils/rules/store';
import type { RuleSetDocument } from '../../utils/rules/types';
import { changeRuleSets } from '../../utils/rules/writer/client';

/**
 * "I agree to these rules", asked once per rule-set version: the agreement is kept in this
 * browser only, and asked again when the organiser publishes a new version.
 */
export function Acknowledge({ ruleSet }: { ruleSet: RuleSetDocument }) {
  const [agreed, setAgreed] = useState<Record<string, number> | null>(null);
  useEffect(() => {
    const update = () => void readRuleSetState().then(({ state }) => setAgreed(state.acknowledged));
    update();
    return watchLocal(['acknowledged'], update);
  }, []);
  if (agreed === null) return null;
  const done = Object.hasOwn(agreed, ruleSet.id) && agreed[ruleSet.id]! >= ruleSet.version;
  if (done) {
    return <p class="ack ack--done" data-acknowledged="true">{t('ackDone', [String(ruleSet.version)])}</p>;
  }
  return (
    <div class="ack" data-acknowledged="false">
      {Object.hasOwn(agreed, ruleSet.id) && <p>{t('ackNewVersion')}</p>}
      <button type="button" class="button" onClick={() => void changeRuleSets({ kind: 'acknowledge', id: ruleSet.id, version: ruleSet.version })}>
        {t('ackButton')}
      </button>
    </div>
  );
}
