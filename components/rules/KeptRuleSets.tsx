import { t } from '../../utils/platform/i18n';
import type { RuleSetError } from '../../utils/rules/errors';
import type { RuleSetLibrary } from '../../utils/rules/stored';
import { changeRuleSets } from '../../utils/rules/writer/client';
import { ForgetGroup } from './ForgetGroup';
import { ManagedStatus } from './ManagedStatus';
import { RememberedGroups } from './RememberedGroups';
import { SubscriptionStatus } from './SubscriptionStatus';

/**
 * The groups' rule sets kept in this browser, which one is chosen, and a way to remove one.
 * While the organisation's rule set applies, nothing else is shown as chosen: the calls do not use it.
 */
export function KeptRuleSets({
  library,
  managedError,
  floors = {},
}: {
  library: RuleSetLibrary;
  managedError: RuleSetError | null;
  /** Rule-set id → the highest version accepted, also of removed groups (remembered until forgotten). */
  floors?: Readonly<Record<string, number>>;
}) {
  const kept = Object.values(library.ruleSets).sort((a, b) => b.acceptedAt - a.acceptedAt || (a.doc.id < b.doc.id ? -1 : 1));
  const managed = library.managedRuleSet !== null;
  return (
    <section aria-labelledby="kept-heading">
      <h2 id="kept-heading">{t('optionsInUseHeading')}</h2>
      <ManagedStatus managed={library.managedRuleSet} error={managedError} />
      {kept.length === 0 && !managed && <p data-kept="none">{t('optionsNoneKept')}</p>}
      {managed && kept.length > 0 && <p class="hint">{t('managedKeptNotUsed')}</p>}
      <ul class="kept">
        {kept.map((stored) => {
          const { doc } = stored;
          const chosen = !managed && library.activeRuleSetId === doc.id;
          return (
            <li key={doc.id} class="card" data-kept={doc.id} data-chosen={chosen}>
              <strong data-kept-title>{doc.title}</strong> <span class="hint">{t('previewVersion', [String(doc.version)])}</span>
              {chosen && <p class="hint">{t('optionsChosen')}</p>}
              <SubscriptionStatus stored={stored} />
              <div class="actions">
                {!chosen && !managed && (
                  <button class="button" type="button" onClick={() => void changeRuleSets({ kind: 'choose', id: doc.id })}>
                    {t('optionsChoose')}
                  </button>
                )}
                <button
                  class="button button--quiet"
                  type="button"
                  aria-label={t('optionsRemoveNamed', [doc.title])}
                  onClick={() => void changeRuleSets({ kind: 'remove', id: doc.id })}
                >
                  {t('optionsRemove')}
                </button>
                <ForgetGroup id={doc.id} title={doc.title} />
              </div>
            </li>
          );
        })}
      </ul>
      <RememberedGroups floors={floors} kept={library.ruleSets} />
    </section>
  );
}
