import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SELF_HOSTED_PAGE_SCRIPTS } from '../../utils/clients/call-scripts';
import { t } from '../../utils/platform/i18n';

type ScriptFile = Parameters<typeof browser.scripting.executeScript>[0] extends { files?: (infer F)[] } ? F : never;

/**
 * For a page Vertraulich does not watch (a self-hosted Jitsi Meet, BigBlueButton or Nextcloud Talk
 * server): run every script a call page needs (utils/clients/call-scripts.ts) on this tab, once, with the activeTab permission the click on the toolbar button
 * gave. Nothing is kept: after a reload the page is not watched again (the options page can add
 * the server for good).
 */
export function EnableHere({ tabId }: { tabId: number }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');

  const onEnable = async () => {
    setState('busy');
    try {
      // In order: the MAIN-world scripts (the screen-share watch, the bridges: each only acts on its
      // own client's page), then the checks. The top frame only: activeTab grants this page's origin.
      for (const script of SELF_HOSTED_PAGE_SCRIPTS) {
        await browser.scripting.executeScript({
          target: { tabId },
          files: [`/${script.file}` as ScriptFile],
          ...(script.world === 'MAIN' ? { world: 'MAIN' as const } : {}),
        });
      }
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
