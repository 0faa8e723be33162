import { useEffect, useState } from 'preact/hooks';
import type { CurtainChoice, CurtainCommand } from '../../utils/call/curtain-state';
import { runCurtain } from '../../utils/platform/curtain-command';
import { t } from '../../utils/platform/i18n';
import { CurtainShortcut } from './CurtainShortcut';

/** The popup's curtain controls for a group's call: the same commands as the shortcuts. */
export function PopupCurtain({ tabId }: { tabId: number }) {
  const [choice, setChoice] = useState<CurtainChoice | null>(null);
  useEffect(() => {
    void runCurtain(tabId, 'state').then(setChoice);
  }, [tabId]);
  const send = (command: CurtainCommand) => void runCurtain(tabId, command).then(setChoice);

  return (
    <div class="popup__curtain" data-curtain-controls>
      <button type="button" onClick={() => send('call')} aria-pressed={choice?.call ?? false}>
        {choice?.call ? t('popupCurtainShow') : t('popupCurtainHide')}
      </button>
      <CurtainShortcut />
      <label>
        <input type="checkbox" checked={choice?.names ?? false} onChange={() => send('names')} /> {t('popupCurtainNames')}
      </label>
    </div>
  );
}
