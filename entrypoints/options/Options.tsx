import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { scrollToLinkedSection } from '../../components/welcome/linked-section';
import { FollowRuleSet } from '../../components/rules/FollowRuleSet';
import { WorkshopOnDemand } from '../../components/organiser/WorkshopOnDemand';
import { ImportRuleSet } from '../../components/rules/ImportRuleSet';
import { KeptRuleSets } from '../../components/rules/KeptRuleSets';
import { CallChoices } from '../../components/options/CallChoices';
import { CurtainOptions } from '../../components/curtain/CurtainOptions';
import { SelfHostedServers } from '../../components/options/SelfHostedServers';
import { t } from '../../utils/platform/i18n';
import type { RuleSetLibrary } from '../../utils/rules/stored';
import type { RuleSetError } from '../../utils/rules/errors';
import { readLibrary } from '../../utils/rules/store';
import { activeRuleSetIdItem, managedErrorItem, managedRuleSetItem, ruleSetsItem } from '../../utils/platform/storage';

/** Rule sets for participants, the organisers' workshop, and the call servers to watch. */
export function Options() {
  const [library, setLibrary] = useState<RuleSetLibrary | null>(null);
  const [managedError, setManagedError] = useState<RuleSetError | null>(null);
  useEffect(() => {
    const update = () => {
      void readLibrary().then(setLibrary);
      void managedErrorItem.getValue().then(setManagedError);
    };
    update();
    const unwatch = [ruleSetsItem, activeRuleSetIdItem, managedRuleSetItem, managedErrorItem].map((item) => item.watch(update));
    return () => unwatch.forEach((stop) => stop());
  }, []);
  // The welcome page links to a section (#organisers); it exists once the library is read.
  useEffect(() => {
    if (library) scrollToLinkedSection(location.hash);
  }, [library !== null]);

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>
        <a href={browser.runtime.getURL('/welcome.html')}>{t('welcome_optionsLink')}</a>
      </p>
      {library && (
        <>
          <KeptRuleSets library={library} managedError={managedError} />
          <ImportRuleSet disabled={library.managedRuleSet !== null} />
          <FollowRuleSet disabled={library.managedRuleSet !== null} />
          <WorkshopOnDemand />
        </>
      )}
      <CallChoices />
      <CurtainOptions />
      <SelfHostedServers />
    </main>
  );
}
