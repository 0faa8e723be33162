import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { readLibrary } from '../../utils/rules/store';
import { FollowRuleSet } from '../rules/FollowRuleSet';
import { ImportRuleSet } from '../rules/ImportRuleSet';

/**
 * "I have a rule set from my group": the settings page's own import and follow forms, here, so
 * that a first-time person does not have to find them. Closed at first to keep the page short;
 * a share link (#import=…) opens it, since the person came here with a rule set in hand.
 */
export function HaveRuleSet() {
  const [open, setOpen] = useState(() => location.hash.startsWith('#import='));
  const [managed, setManaged] = useState<boolean | null>(null);

  useEffect(() => {
    void readLibrary().then((library) => setManaged(library.managedRuleSet !== null));
  }, []);

  // The button that opened the forms is gone: keyboard and screen-reader users continue at the
  // forms' first heading instead of at the top of the page.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (!opened || managed === null) return;
    const heading = document.getElementById('import-heading');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [opened, managed]);

  const openForms = () => {
    setOpen(true);
    setOpened(true);
  };

  return (
    <section aria-labelledby="welcome-rules-heading" data-welcome-rules>
      <h2 id="welcome-rules-heading">{t('welcome_haveRulesHeading')}</h2>
      <p>{t('welcome_haveRulesText')}</p>
      {!open && (
        <div class="actions">
          <button class="button" type="button" aria-expanded="false" aria-controls="welcome-rules-forms" onClick={openForms}>
            {t('welcome_haveRulesOpen')}
          </button>
        </div>
      )}
      {open && managed !== null && (
        <div id="welcome-rules-forms" class="welcome__forms">
          <ImportRuleSet managed={managed} />
          <FollowRuleSet managed={managed} />
        </div>
      )}
    </section>
  );
}
