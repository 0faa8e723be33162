import { useState } from 'preact/hooks';
import { withMark, type CallMark } from '../../utils/call/group-call';
import { t } from '../../utils/platform/i18n';
import { callMarksItem } from '../../utils/platform/storage';

/**
 * "This is my group's call" / "Not my group's call", kept per meeting link (undone in the options
 * page). The call page decides again as soon as this is stored: it starts the checks, or takes
 * everything of ours out of the page.
 */
export function GroupCallChoice({ url, groupCall }: { url: string; groupCall: boolean }) {
  const [failed, setFailed] = useState(false);
  const mark = async (value: CallMark) => {
    try {
      await callMarksItem.setValue(withMark(await callMarksItem.getValue(), url, value));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div data-group-call={groupCall ? 'yes' : 'no'}>
      {groupCall ? (
        <button class="button button--quiet" type="button" onClick={() => void mark('not-group')}>
          {t('groupCallMarkNot')}
        </button>
      ) : (
        <>
          <p data-status="not-group-call">{t('groupCallNotChecked')}</p>
          <button class="button" type="button" onClick={() => void mark('group')}>
            {t('groupCallMark')}
          </button>
        </>
      )}
      {failed && <p role="alert">{t('groupCallMarkFailed')}</p>}
    </div>
  );
}
