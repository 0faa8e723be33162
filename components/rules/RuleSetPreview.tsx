import { ruleLanguage, t } from '../../utils/platform/i18n';
import type { RuleSetDocument } from '../../utils/rules/types';

interface Props {
  doc: RuleSetDocument;
  signed: 'unsigned' | 'valid';
  fingerprint?: string;
}

/** Everything a participant should see before accepting a rule set. */
export function RuleSetPreview({ doc, signed, fingerprint }: Props) {
  const lang = ruleLanguage();
  return (
    <div class="preview" data-preview={doc.id}>
      <h3 data-preview-title>{doc.title}</h3>
      <p class="hint">{t('previewVersion', [String(doc.version)])}</p>
      <p data-signed={signed}>
        {signed === 'valid' && fingerprint
          ? t('previewSigned', [doc.organiser?.name ?? '', fingerprint])
          : t('previewUnsigned')}
      </p>
      <p>{(doc.names?.policy ?? 'any') === 'first-name' ? t('popupNamePolicyFirstName') : t('popupNamePolicyAny')}</p>
      <p>{doc.roster ? t('previewRoster', [String(doc.roster.members.length)]) : t('previewNoRoster')}</p>
      {doc.meetings?.length ? (
        <>
          <p>{t('previewMeetings')}</p>
          <ul>
            {doc.meetings.map((meeting) => (
              <li key={meeting}>{meeting}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('previewNoMeetings')}</p>
      )}
      <h4>{t('previewRules')}</h4>
      <ol>
        {doc.rules.map((rule) => (
          <li key={rule.id}>{rule.text[lang]}</li>
        ))}
      </ol>
    </div>
  );
}
