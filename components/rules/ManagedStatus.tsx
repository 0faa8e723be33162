import { t } from '../../utils/platform/i18n';
import type { RuleSetError } from '../../utils/rules/errors';
import { ruleErrorText } from '../../utils/rules/error-text';
import type { RuleSetDocument } from '../../utils/rules/types';

/**
 * The organisation's rule set (browser policy): which one applies, and, when the policy is broken,
 * that it is and what the admin has to fix; the last valid one stays in force meanwhile.
 */
export function ManagedStatus({ managed, error }: { managed: RuleSetDocument | null; error: RuleSetError | null }) {
  return (
    <>
      {managed && (
        <p class="card" data-managed={managed.id}>
          {t('optionsManaged', [managed.title])}
        </p>
      )}
      {error && (
        <div role="alert" class="card" data-managed-error={error.code}>
          <p>{t('optionsManagedInvalid')}</p>
          <p>{managed ? t('managedBrokenKeepsLast', [managed.title]) : t('managedBrokenNone')}</p>
          <p>{t('managedAdminFix', [ruleErrorText(error)])}</p>
        </div>
      )}
    </>
  );
}
