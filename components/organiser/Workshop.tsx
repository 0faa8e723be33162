import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { draftForUpdate, newDraft, type Draft } from '../../utils/organiser/draft';
import { publishedList, recordPublished, type Published } from '../../utils/organiser/published';
import { type StoredOrganiserKey } from '../../utils/organiser/store';
import { organiserDraftItem, organiserKeyItem, organiserPublishedItem } from '../../utils/platform/storage';
import type { RuleSetDocument } from '../../utils/rules/types';
import { ExportPanel } from './ExportPanel';
import { KeyManager } from './KeyManager';
import { RuleSetForm } from './RuleSetForm';
import { SignPanel } from './SignPanel';

/**
 * The organisers' workshop (loaded on demand by WorkshopOnDemand.tsx): write the group's rule set (from the built-in rules, the last draft, or
 * the last published version), sign it with a key kept in this browser, check it as members'
 * browsers will, and hand it out. The draft is saved as it changes; it holds the roster as
 * hashes only (utils/organiser/draft.ts).
 */
export function Workshop() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [key, setKey] = useState<StoredOrganiserKey | null>(null);
  const [published, setPublished] = useState<Published>({});
  const [shown, setShown] = useState<RuleSetDocument | null>(null);
  // Counts how often something was shown, so showing the same document again still moves focus to it.
  const [shownCount, setShownCount] = useState(0);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void Promise.all([organiserDraftItem.getValue(), organiserKeyItem.getValue(), organiserPublishedItem.getValue()]).then(
      ([savedDraft, savedKey, savedPublished]) => {
        setDraft(savedDraft ?? newDraft());
        setKey(savedKey);
        setPublished(savedPublished);
      },
    );
  }, []);

  const change = (next: Draft) => {
    setDraft(next);
    void organiserDraftItem.setValue(next);
  };

  const startFrom = (next: Draft, message: string) => {
    change(next);
    setShown(null);
    setStatus(message);
    document.getElementById('org-title')?.focus();
  };

  const show = (doc: RuleSetDocument) => {
    setShown(doc);
    setShownCount((n) => n + 1);
  };

  const onSigned = (doc: RuleSetDocument) => {
    const next = recordPublished(published, doc);
    setPublished(next);
    void organiserPublishedItem.setValue(next);
    show(doc);
  };

  const list = publishedList(published);

  return (
    <div id="organiser-workshop">
      {list.length > 0 && (
        <>
          <h3>{t('orgPublishedHeading')}</h3>
          <ul class="organiser__published">
            {list.map((doc) => (
              <li key={doc.id} class="card" data-org-published={doc.id}>
                <strong>{doc.title}</strong> <span class="hint">{t('previewVersion', [String(doc.version)])}</span>
                <div class="actions">
                  <button
                    class="button button--quiet"
                    type="button"
                    aria-label={t('orgPublishUpdateNamed', [doc.title])}
                    onClick={() => startFrom(draftForUpdate(doc), t('orgUpdateStarted', [String(doc.version + 1), doc.title]))}
                  >
                    {t('orgPublishUpdate')}
                  </button>
                  <button class="button button--quiet" type="button" aria-label={t('orgShowAgainNamed', [doc.title])} onClick={() => show(doc)}>
                    {t('orgShowAgain')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {draft && (
        <>
          <div class="actions">
            <button class="button button--quiet" type="button" onClick={() => startFrom(newDraft(), t('orgStartedOver'))}>
              {t('orgStartOver')}
            </button>
          </div>
          <p role="status" data-org-status>
            {status}
          </p>
          <RuleSetForm draft={draft} onChange={change} />
          <KeyManager stored={key} onKey={setKey} />
          <SignPanel draft={draft} onChange={change} stored={key} published={published} onSigned={onSigned} />
          {shown && <ExportPanel key={shownCount} doc={shown} />}
        </>
      )}
    </div>
  );
}
