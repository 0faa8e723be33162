import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';

/** Where the popup is: the toolbar button, and how to pin it in this browser. */
export function FindTheButton() {
  return (
    <section aria-labelledby="welcome-find-heading" data-welcome-find>
      <h2 id="welcome-find-heading">{t('welcome_findHeading')}</h2>
      <div class="welcome__find">
        {/* The same image as the toolbar button, so the person knows what to look for; the text says it. */}
        <img src={browser.runtime.getURL('/icons/icon-48.png')} width={48} height={48} alt="" />
        <div>
          <p>{t('welcome_findText')}</p>
          <p>{import.meta.env.FIREFOX ? t('welcome_pinFirefox') : t('welcome_pinChrome')}</p>
        </div>
      </div>
    </section>
  );
}
