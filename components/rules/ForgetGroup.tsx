import { useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { changeRuleSets } from '../../utils/rules/writer/client';

/**
 * "Forget this group completely": unlike "Remove", which keeps the group's highest version and its
 * organiser's key so that an older or foreign copy cannot come back, this drops them too. A choice
 * of its own, asked twice, because afterwards any version of the group would be accepted again.
 */
export function ForgetGroup({ id, title }: { id: string; title: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button class="button button--quiet" type="button" aria-label={t('optionsForgetNamed', [title])} onClick={() => setAsking(true)}>
        {t('optionsForget')}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t('optionsForgetNamed', [title])} data-forget={id}>
      <p>{t('optionsForgetQuestion', [title])}</p>
      <div class="actions">
        <button class="button" type="button" onClick={() => void changeRuleSets({ kind: 'forget', id })}>
          {t('optionsForgetYes')}
        </button>
        <button class="button button--quiet" type="button" onClick={() => setAsking(false)}>
          {t('optionsForgetNo')}
        </button>
      </div>
    </div>
  );
}
