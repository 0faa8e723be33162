import { useEffect, useState } from 'preact/hooks';
import { withMark, type CallMarks } from '../../utils/call/group-call';
import { t } from '../../utils/platform/i18n';
import { callMarksItem, checkEveryCallItem } from '../../utils/platform/storage';

/**
 * Which calls are checked: the group's only (the default) or every call, and the calls the person
 * marked in the popup, each with "Undo". Also on the welcome page.
 */
export function CallChoices() {
  const [everyCall, setEveryCall] = useState<boolean | null>(null);
  const [marks, setMarks] = useState<CallMarks>({});
  useEffect(() => {
    const update = () => {
      void checkEveryCallItem.getValue().then((value) => setEveryCall(value === true));
      void callMarksItem.getValue().then(setMarks);
    };
    update();
    const unwatch = [checkEveryCallItem.watch(update), callMarksItem.watch(update)];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const undo = async (meeting: string) => {
    await callMarksItem.setValue(withMark(await callMarksItem.getValue(), meeting, null));
  };
  const marked = Object.entries(marks).sort(([a], [b]) => a.localeCompare(b));

  return (
    <section aria-labelledby="call-choices-heading" data-call-choices>
      <h2 id="call-choices-heading">{t('callChoicesHeading')}</h2>
      <p>{t('callChoicesIntro')}</p>
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={everyCall === true}
            disabled={everyCall === null}
            aria-describedby="check-every-call-hint"
            onChange={(event) => void checkEveryCallItem.setValue(event.currentTarget.checked)}
          />{' '}
          {t('checkEveryCallLabel')}
        </label>
        <span id="check-every-call-hint" class="hint">
          {t('checkEveryCallHint')}
        </span>
      </div>
      <h3>{t('callMarksHeading')}</h3>
      {marked.length === 0 ? (
        <p class="hint">{t('callMarksEmpty')}</p>
      ) : (
        <ul class="servers" aria-label={t('callMarksHeading')}>
          {marked.map(([meeting, mark]) => (
            <li key={meeting} data-call-mark={mark}>
              <span>{meeting}</span> <span class="hint">({t(mark === 'group' ? 'callMarkIsGroup' : 'callMarkIsNotGroup')})</span>{' '}
              <button class="button button--quiet" type="button" aria-label={t('callMarkUndoFor', [meeting])} onClick={() => void undo(meeting)}>
                {t('callMarkUndo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
