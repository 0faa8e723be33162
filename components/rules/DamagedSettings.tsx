import { useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { changeRuleSets } from '../../utils/rules/writer/client';

/**
 * Stored rule-set settings that did not validate (damaged, or from an older version): said
 * plainly, with the one way out. "Repair" keeps everything that validates and drops the rest;
 * until then the damaged parts are left as they are and nothing acts on them.
 */
export function DamagedSettings({ damaged }: { damaged: readonly string[] }) {
  const [busy, setBusy] = useState(false);
  if (damaged.length === 0) return null;
  const repair = async () => {
    setBusy(true);
    await changeRuleSets({ kind: 'repair' });
    setBusy(false);
  };
  return (
    <div role="alert" class="card" data-settings-damaged={damaged.join(' ')}>
      <p>
        <strong>{t('settingsDamagedTitle')}</strong>
      </p>
      <p>{t('settingsDamagedBody')}</p>
      <button class="button" type="button" disabled={busy} onClick={repair}>
        {t('settingsRepair')}
      </button>
    </div>
  );
}
