import { useEffect, useState } from 'preact/hooks';
import { ImportRuleSet } from '../../components/rules/ImportRuleSet';
import { KeptRuleSets } from '../../components/rules/KeptRuleSets';
import { t } from '../../utils/i18n';
import type { RuleSetLibrary } from '../../utils/rules/stored';
import { activeRuleSetIdItem, managedRuleSetItem, readLibrary, ruleSetsItem } from '../../utils/rules/store';

/** Rule sets for participants, the organisers' workshop, and the call servers to watch. */
export function Options() {
  const [library, setLibrary] = useState<RuleSetLibrary | null>(null);
  useEffect(() => {
    const update = () => void readLibrary().then(setLibrary);
    update();
    const unwatch = [ruleSetsItem.watch(update), activeRuleSetIdItem.watch(update), managedRuleSetItem.watch(update)];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {library && (
        <>
          <KeptRuleSets library={library} />
          <ImportRuleSet disabled={library.managedRuleSet !== null} />
        </>
      )}
    </main>
  );
}
