import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SELF_HOSTED_PAGE_SCRIPTS } from '../../utils/clients/call-scripts';
import { withMark } from '../../utils/call/group-call';
import { t } from '../../utils/platform/i18n';
import { callMarksItem } from '../../utils/platform/storage';

type ScriptFile = Parameters<typeof browser.scripting.executeScript>[0] extends { files?: (infer F)[] } ? F : never;

/**
 * For a page Vertraulich does not watch (a self-hosted Jitsi Meet, BigBlueButton or Nextcloud Talk
 * server): mark it as the group's call and run the self-hosted call script (utils/clients/call-scripts.ts) on
 * this tab, once, with the activeTab permission the click on the toolbar button gave. Nothing is kept: after a reload the page is not watched again (the options page can add
 * the server for good).
 */
export function EnableHere({ tabId, url }: { tabId: number; url: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');

  const onEnable = async () => {
    setState('busy');
    try {
      // The person said so: this call is the group's (the checks start their page scripts then).
      await callMarksItem.setValue(withMark(await callMarksItem.getValue(), url, 'group'));
      // The top frame only: activeTab grants this page's origin.
      for (const script of SELF_HOSTED_PAGE_SCRIPTS) {
        await browser.scripting.executeScript({ target: { tabId }, files: [`/${script.file}` as ScriptFile] });
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
