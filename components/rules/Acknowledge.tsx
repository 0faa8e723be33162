import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { acknowledgedItem } from '../../utils/platform/storage';
import type { RuleSetDocument } from '../../utils/rules/types';

/**
 * "I agree to these rules", asked once per rule-set version: the agreement is kept in this
 * browser only, and asked again when the organiser publishes a new version.
 */
export function Acknowledge({ ruleSet }: { ruleSet: RuleSetDocument }) {
  const [agreed, setAgreed] = useState<Record<string, number> | null>(null);
  useEffect(() => {
    void acknowledgedItem.getValue().then(setAgreed);
    return acknowledgedItem.watch(setAgreed);
  }, []);
  if (agreed === null) return null;
  const done = Object.hasOwn(agreed, ruleSet.id) && agreed[ruleSet.id] === ruleSet.version;
  if (done) {
    return <p class="ack ack--done" data-acknowledged="true">{t('ackDone', [String(ruleSet.version)])}</p>;
  }
  return (
    <div class="ack" data-acknowledged="false">
      {Object.hasOwn(agreed, ruleSet.id) && <p>{t('ackNewVersion')}</p>}
      <button type="button" class="button" onClick={() => void acknowledgedItem.setValue({ ...agreed, [ruleSet.id]: ruleSet.version })}>
        {t('ackButton')}
      </button>
    </div>
  );
}
