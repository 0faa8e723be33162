import { t } from '../../utils/platform/i18n';
import type { RuleSetError } from '../../utils/rules/errors';
import { ruleErrorText } from '../../utils/rules/error-text';
import type { RuleSetLibrary } from '../../utils/rules/stored';
import { removeRuleSet } from '../../utils/rules/store';
import { activeRuleSetIdItem } from '../../utils/platform/storage';
import { SubscriptionStatus } from './SubscriptionStatus';

/** The groups' rule sets kept in this browser, which one is chosen, and a way to remove one. */
export function KeptRuleSets({ library, managedError }: { library: RuleSetLibrary; managedError: RuleSetError | null }) {
  const kept = Object.values(library.ruleSets).sort((a, b) => b.acceptedAt - a.acceptedAt);
  return (
    <section aria-labelledby="kept-heading">
      <h2 id="kept-heading">{t('optionsInUseHeading')}</h2>
      {library.managedRuleSet && (
        <p class="card" data-managed={library.managedRuleSet.id}>
          {t('optionsManaged', [library.managedRuleSet.title])}
        </p>
      )}
      {managedError && (
        <div role="alert" class="card" data-managed-error={managedError.code}>
          <p>{t('optionsManagedInvalid')}</p>
          <p>{ruleErrorText(managedError)}</p>
        </div>
      )}
      {kept.length === 0 && !library.managedRuleSet && <p data-kept="none">{t('optionsNoneKept')}</p>}
      <ul class="kept">
        {kept.map((stored) => {
          const { doc } = stored;
          const chosen = library.activeRuleSetId === doc.id;
          return (
            <li key={doc.id} class="card" data-kept={doc.id} data-chosen={chosen}>
              <strong data-kept-title>{doc.title}</strong> <span class="hint">{t('previewVersion', [String(doc.version)])}</span>
              {chosen && <p class="hint">{t('optionsChosen')}</p>}
              <SubscriptionStatus stored={stored} />
              <div class="actions">
                {!chosen && (
                  <button class="button" type="button" onClick={() => void activeRuleSetIdItem.setValue(doc.id)}>
                    {t('optionsChoose')}
                  </button>
                )}
                <button class="button button--quiet" type="button" aria-label={t('optionsRemoveNamed', [doc.title])} onClick={() => void removeRuleSet(doc.id)}>
                  {t('optionsRemove')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
