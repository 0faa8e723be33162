import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../utils/platform/i18n';
import { FindTheButton } from './FindTheButton';
import { HaveRuleSet } from './HaveRuleSet';
import { WhichCalls } from './WhichCalls';
import './welcome.css';

const DOES: MessageKey[] = ['welcome_does1', 'welcome_does2', 'welcome_does3', 'welcome_does4'];
const CANNOT: MessageKey[] = ['welcome_cannot1', 'welcome_cannot2', 'welcome_cannot3'];

/**
 * The first-run page: what Vertraulich does and what it cannot do (so nobody relies on it for
 * more than it can), then the three first steps, and where the toolbar button is.
 */
export function Welcome() {
  const options = browser.runtime.getURL('/options.html');
  return (
    <main class="options welcome">
      <h1>{t('welcome_title')}</h1>
      <p>{t('welcome_intro')}</p>
      <div class="welcome__columns">
        <section aria-labelledby="welcome-does-heading">
          <h2 id="welcome-does-heading">{t('welcome_doesHeading')}</h2>
          <ul>{DOES.map((key) => <li key={key}>{t(key)}</li>)}</ul>
        </section>
        <section aria-labelledby="welcome-cannot-heading" data-welcome-cannot>
          <h2 id="welcome-cannot-heading">{t('welcome_cannotHeading')}</h2>
          <ul>{CANNOT.map((key) => <li key={key}>{t(key)}</li>)}</ul>
        </section>
      </div>
      <HaveRuleSet />
      <section aria-labelledby="welcome-lead-heading" data-welcome-lead>
        <h2 id="welcome-lead-heading">{t('welcome_leadHeading')}</h2>
        <p>{t('welcome_leadText')}</p>
        <p>
          <a href={`${options}#organisers`}>{t('welcome_leadLink')}</a>
        </p>
      </section>
      <WhichCalls />
      <FindTheButton />
      <p class="welcome__footer">
        <a href={options}>{t('welcome_settingsLink')}</a>
      </p>
      <p class="hint">{t('welcome_later')}</p>
    </main>
  );
}
