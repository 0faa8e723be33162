import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';

/**
 * For a page Vertraulich does not watch (a self-hosted Jitsi Meet or BigBlueButton server): run the
 * call checks on this tab, once, with the activeTab permission the click on the toolbar button
 * gave. Nothing is kept: after a reload the page is not watched again (the options page can add
 * the server for good).
 */
export function EnableHere({ tabId }: { tabId: number }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');

  const onEnable = async () => {
    setState('busy');
    try {
      // Jitsi's bridge first (MAIN world; it only reads Jitsi's store if there is one), then the checks.
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/jitsi-bridge.js'], world: 'MAIN' });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/call.js'] });
      setState('done');
    } catch {
      setState('failed');
    }
  };

  return (
    <div data-enable-here>
      <p>{t('enableHereQuestion')}</p>
      <button class="button" type="button" disabled={state === 'busy' || state === 'done'} onClick={() => void onEnable()}>
        {t('enableHereButton')}
      </button>
      {state === 'done' && <p role="status">{t('enableHereDone')}</p>}
      {state === 'failed' && <p role="alert">{t('enableHereFailed')}</p>}
    </div>
  );
}
