import { t, ruleLanguage } from '../../utils/i18n';
import type { RuleSet } from '../../utils/rules/types';
import { DEFAULT_RULE_SET } from '../../utils/rules/default-rule-set';

/** The group's agreed rules, in the browser's language. */
export function RuleList({ ruleSet }: { ruleSet: RuleSet }) {
  const lang = ruleLanguage();
  const builtIn = ruleSet.id === DEFAULT_RULE_SET.id;
  return (
    <div class="rules" data-ruleset={ruleSet.id}>
      <p class="rules__source">{builtIn ? t('popupRuleSetBuiltIn') : ruleSet.title}</p>
      <ol class="rules__list">
        {ruleSet.rules.map((rule) => (
          <li key={rule.id} data-rule={rule.id}>
            {rule.text[lang]}
          </li>
        ))}
      </ol>
      <p class="rules__names">
        {(ruleSet.names?.policy ?? 'any') === 'first-name' ? t('popupNamePolicyFirstName') : t('popupNamePolicyAny')}
      </p>
    </div>
  );
}
