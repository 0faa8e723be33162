import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { prefsItem } from '../../utils/platform/storage';
import { CurtainShortcut } from './CurtainShortcut';

/** The options' section on the privacy curtain: its shortcut, and names hidden while sharing the screen. */
export function CurtainOptions() {
  const [whileSharing, setWhileSharing] = useState<boolean | null>(null);
  useEffect(() => {
    const update = () => void prefsItem.getValue().then((prefs) => setWhileSharing(prefs.curtainWhileSharing === true));
    update();
    return prefsItem.watch(update);
  }, []);
  const choose = async (on: boolean) => {
    await prefsItem.setValue({ ...(await prefsItem.getValue()), curtainWhileSharing: on });
  };

  return (
    <section aria-labelledby="curtain-heading" data-curtain-options>
      <h2 id="curtain-heading">{t('optionsCurtainHeading')}</h2>
      <p>{t('optionsCurtainIntro')}</p>
      <CurtainShortcut />
      <p class="hint">{t('optionsCurtainShortcutHelp')}</p>
      <div class="field">
        <label>
          <input type="checkbox" checked={whileSharing === true} disabled={whileSharing === null} onChange={(event) => void choose(event.currentTarget.checked)} />{' '}
          {t('optionsCurtainWhileSharing')}
        </label>
      </div>
    </section>
  );
}
