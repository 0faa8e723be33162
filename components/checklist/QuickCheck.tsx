import { useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { QUICK_CHECK_ITEMS, type QuickCheckItem } from '../../utils/checks/quick-check';

const LABEL = {
  alone: 'quickCheck_alone',
  headphones: 'quickCheck_headphones',
  notifications: 'quickCheck_notifications',
  'shown-name': 'quickCheck_shown_name',
  'no-recordings': 'quickCheck_no_recordings',
} as const satisfies Record<QuickCheckItem, string>;

interface Props {
  done: boolean;
  /** Called once every item is ticked. */
  onDone(): void;
  /** Distinguishes the ids of two checklists on one page. */
  idPrefix: string;
}

/** The five questions before joining. Ticking all gives a calm "ready". */
export function QuickCheck({ done, onDone, idPrefix }: Props) {
  const [ticked, setTicked] = useState<ReadonlySet<QuickCheckItem>>(new Set());
  if (done) {
    return (
      <p class="quick-check quick-check--ready" data-quick-check="ready" role="status">
        {t('quickCheckReady')}
      </p>
    );
  }
  const toggle = (item: QuickCheckItem, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(item);
    else next.delete(item);
    setTicked(next);
    if (next.size === QUICK_CHECK_ITEMS.length) onDone();
  };
  return (
    <fieldset class="quick-check" data-quick-check="open">
      <legend>{t('quickCheckHeading')}</legend>
      <p class="hint">{t('quickCheckIntro')}</p>
      {QUICK_CHECK_ITEMS.map((item) => (
        <div class="quick-check__item" key={item}>
          <input id={`${idPrefix}-${item}`} type="checkbox" checked={ticked.has(item)} onChange={(e) => toggle(item, e.currentTarget.checked)} />
          <label for={`${idPrefix}-${item}`}>{t(LABEL[item])}</label>
        </div>
      ))}
    </fieldset>
  );
}
