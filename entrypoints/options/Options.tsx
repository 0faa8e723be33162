import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { scrollToLinkedSection } from '../../components/welcome/linked-section';
import { DamagedSettings } from '../../components/rules/DamagedSettings';
import { FollowRuleSet } from '../../components/rules/FollowRuleSet';
import { WorkshopOnDemand } from '../../components/organiser/WorkshopOnDemand';
import { ImportRuleSet } from '../../components/rules/ImportRuleSet';
import { KeptRuleSets } from '../../components/rules/KeptRuleSets';
import { CallChoices } from '../../components/options/CallChoices';
import { CurtainOptions } from '../../components/curtain/CurtainOptions';
import { SelfHostedServers } from '../../components/options/SelfHostedServers';
import { t } from '../../utils/platform/i18n';
import { readRuleSetState } from '../../utils/rules/store';
import type { ReadState } from '../../utils/rules/writer/state';
import { watchLocal } from '../../utils/platform/local-values';
import { STATE_KEYS } from '../../utils/rules/writer/state';

/** Rule sets for participants, the organisers' workshop, and the call servers to watch. */
export function Options() {
  // Read checked (utils/rules/writer/state.ts): damaged parts are named, never crash the page.
  const [read, setRead] = useState<ReadState | null>(null);
  useEffect(() => {
    const update = () => void readRuleSetState().then(setRead);
    update();
    return watchLocal(STATE_KEYS, update);
  }, []);
  // The welcome page links to a section (#organisers); it exists once the library is read.
  useEffect(() => {
    if (read) scrollToLinkedSection(location.hash);
  }, [read !== null]);

  const state = read?.state;
  const managed = state ? state.managedRuleSet !== null : false;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>
        <a href={browser.runtime.getURL('/welcome.html')}>{t('welcome_optionsLink')}</a>
      </p>
      {read && state && (
        <>
          <DamagedSettings damaged={read.damaged} />
          <KeptRuleSets
            library={{ ruleSets: state.ruleSets, activeRuleSetId: state.activeRuleSetId, managedRuleSet: state.managedRuleSet }}
            managedError={state.managedError}
            floors={state.ruleSetFloors}
          />
          <ImportRuleSet managed={managed} />
          <FollowRuleSet managed={managed} />
          <WorkshopOnDemand />
        </>
      )}
      <CallChoices />
      <CurtainOptions />
      <SelfHostedServers />
    </main>
  );
}
