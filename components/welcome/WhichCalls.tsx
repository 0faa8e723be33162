import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { checkEveryCallItem } from '../../utils/platform/storage';

type Saved = 'idle' | 'saved' | 'failed';

/**
 * "Which calls are checked": only the group's calls (the default) or every call. Saved the
 * moment a choice is made, so there is no button to forget; the content script reads it.
 */
export function WhichCalls() {
  const [every, setEvery] = useState<boolean | null>(null);
  const [saved, setSaved] = useState<Saved>('idle');

  useEffect(() => {
    void checkEveryCallItem.getValue().then(setEvery);
    return checkEveryCallItem.watch((value) => setEvery(value ?? false));
  }, []);

  const choose = async (value: boolean) => {
    setEvery(value);
    try {
      await checkEveryCallItem.setValue(value);
      setSaved('saved');
    } catch {
      setSaved('failed');
      setEvery(await checkEveryCallItem.getValue().catch(() => null));
    }
  };

  return (
    <section aria-labelledby="welcome-calls-heading" data-welcome-calls>
      <h2 id="welcome-calls-heading">{t('welcome_callsHeading')}</h2>
      <fieldset class="welcome__choice" disabled={every === null} aria-labelledby="welcome-calls-heading">
        <Choice id="welcome-calls-group" checked={every === false} onChange={() => void choose(false)} label={t('welcome_callsGroup')} hint={t('welcome_callsGroupHint')} />
        <Choice id="welcome-calls-every" checked={every === true} onChange={() => void choose(true)} label={t('welcome_callsEvery')} hint={t('welcome_callsEveryHint')} />
      </fieldset>
      {saved === 'saved' && <p role="status">{t('welcome_callsSaved')}</p>}
      {saved === 'failed' && <p role="alert">{t('welcome_callsFailed')}</p>}
    </section>
  );
}

function Choice(props: { id: string; checked: boolean; onChange: () => void; label: string; hint: string }) {
  return (
    <div class="welcome__option">
      <input type="radio" name="welcome-calls" id={props.id} checked={props.checked} onChange={props.onChange} aria-describedby={`${props.id}-hint`} />
      <label for={props.id}>
        <span class="welcome__option-label">{props.label}</span>
        <span id={`${props.id}-hint`} class="hint">{props.hint}</span>
      </label>
    </div>
  );
}
