import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { organiserDraftItem, organiserKeyItem, organiserPublishedItem } from '../../utils/platform/storage';
import './organiser.css';

/**
 * "For organisers" on the options page. Most people who open the options are participants, so
 * the workshop stays closed behind one button until an organiser asks for it (or has started
 * before), and its code (the QR encoder, the name normalisation tables) is loaded only then.
 */
export function WorkshopOnDemand() {
  const [open, setOpen] = useState(false);
  const [Body, setBody] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    // An organiser who has started before finds the workshop open.
    void Promise.all([organiserDraftItem.getValue(), organiserKeyItem.getValue(), organiserPublishedItem.getValue()]).then(
      ([draft, key, published]) => {
        if (draft !== null || key !== null || Object.keys(published).length > 0) setOpen(true);
      },
    );
  }, []);

  useEffect(() => {
    if (!open || Body) return;
    import('./Workshop').then(
      (module) => setBody(() => module.Workshop),
      () => setFailed(true),
    );
  }, [open]);

  return (
    <section class="organiser" aria-labelledby="organiser-heading" data-organiser>
      <h2 id="organiser-heading">{t('orgHeading')}</h2>
      <p class="hint">{t('orgIntro')}</p>
      {!open && (
        <div class="actions">
          <button class="button" type="button" aria-expanded="false" aria-controls="organiser-workshop" onClick={() => setOpen(true)}>
            {t('orgOpen')}
          </button>
        </div>
      )}
      {open && failed && <p role="alert">{t('orgLoadFailed')}</p>}
      {open && !failed && (Body ? <Body /> : <p class="hint">{t('orgWorking')}</p>)}
    </section>
  );
}
