import { useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import type { Draft } from '../../utils/organiser/draft';
import { formFieldOf, signAndCheck } from '../../utils/organiser/publish';
import type { Published } from '../../utils/organiser/published';
import { keyPairOf, type StoredOrganiserKey } from '../../utils/organiser/store';
import type { RuleSetError } from '../../utils/rules/errors';
import { ruleErrorText } from '../../utils/rules/error-text';
import type { RuleSetDocument } from '../../utils/rules/types';
import { fieldElementId, fieldLabel } from './fields';

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
  stored: StoredOrganiserKey | null;
  published: Published;
  onSigned: (doc: RuleSetDocument) => void;
}

type Failure = { error: RuleSetError } | { signFailed: true };

/**
 * Step 3: sign the draft and check it as a participant's browser would. Only a document that
 * passes is handed on to the export; a refusal shows what members would read and where in
 * the form to fix it.
 */
export function SignPanel({ draft, onChange, stored, published, onSigned }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const onSign = async (event: Event) => {
    event.preventDefault();
    if (!stored) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await signAndCheck(draft, await keyPairOf(stored), stored.publicKey, published);
      if (result.ok) onSigned(result.doc);
      else setFailure({ error: result.error });
    } catch {
      setFailure({ signFailed: true });
    } finally {
      setBusy(false);
    }
  };

  const error = failure && 'error' in failure ? failure.error : null;
  const where = formFieldOf(error?.field);
  const higher = error?.code === 'version-not-higher' ? String(Number(error.params?.[1] ?? '0') + 1) : null;

  return (
    <form class="organiser__step" onSubmit={onSign} aria-busy={busy}>
      <h3>{t('orgSignHeading')}</h3>
      <div class="field">
        <label for="org-organiser-name">{t('orgOrganiserNameLabel')}</label>
        <input
          id="org-organiser-name"
          type="text"
          maxLength={80}
          value={draft.organiserName}
          aria-describedby="org-organiser-name-hint"
          onInput={(e) => onChange({ ...draft, organiserName: e.currentTarget.value })}
        />
        <span id="org-organiser-name-hint" class="hint">{t('orgOrganiserNameHint')}</span>
      </div>
      {!stored && <p class="hint">{t('orgSignNeedsKey')}</p>}
      <div class="actions">
        <button class="button" type="submit" disabled={busy || !stored}>
          {t('orgSignButton')}
        </button>
      </div>
      {busy && <p class="hint">{t('orgWorking')}</p>}
      {failure && (
        <div role="alert" class="card" data-org-sign-error={error?.code ?? 'sign-failed'}>
          {error ? (
            <>
              <p>{t('orgSignRefused')}</p>
              <p>{ruleErrorText(error)}</p>
            </>
          ) : (
            <p>{t('orgSignFailed')}</p>
          )}
          <div class="actions">
            {where && (
              <button class="button button--quiet" type="button" onClick={() => document.getElementById(fieldElementId(where.field, where.position))?.focus()}>
                {t('orgGoToField', [fieldLabel(where.field, where.position)])}
              </button>
            )}
            {higher && (
              <button
                class="button button--quiet"
                type="button"
                onClick={() => {
                  onChange({ ...draft, version: higher });
                  setFailure(null);
                }}
              >
                {t('orgUseVersion', [higher])}
              </button>
            )}
          </div>
        </div>
      )}
    </form>
  );
}
