import { ruleLanguage, t } from '../../utils/platform/i18n';
import type { RuleSetOrigin } from '../../utils/rules/resolve';
import type { RuleSetDocument } from '../../utils/rules/types';

const ORIGIN_TEXT = {
  managed: 'ruleOriginManaged',
  meeting: 'ruleOriginMeeting',
  chosen: 'ruleOriginChosen',
  'built-in': 'popupRuleSetBuiltIn',
} as const;

/** The group's agreed rules, in the browser's language, and where they come from. */
export function RuleList({ ruleSet, origin }: { ruleSet: RuleSetDocument; origin: RuleSetOrigin }) {
  const lang = ruleLanguage();
  return (
    <div class="rules" data-ruleset={ruleSet.id} data-origin={origin}>
      {origin !== 'built-in' && <p class="rules__title">{ruleSet.title}</p>}
      <p class="rules__source">{t(ORIGIN_TEXT[origin])}</p>
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
