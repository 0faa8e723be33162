import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';
import { ruleSetFileName, ruleSetFileText } from '../../utils/organiser/publish';
import { encodeShareCode, shareLinkFor } from '../../utils/rules/share-code';
import { keyFingerprint } from '../../utils/rules/signing';
import type { RuleSetDocument } from '../../utils/rules/types';
import { RuleSetPreview } from '../rules/RuleSetPreview';
import { copyText, downloadText } from './download';
import { QrCode } from './QrCode';

/** A signed, checked rule set, ready to hand out: file, share code, share link, QR code. */
export function ExportPanel({ doc }: { doc: RuleSetDocument }) {
  const [code, setCode] = useState<string | null>(null);
  const [fingerprint, setFingerprint] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState<{ what: 'code' | 'link'; ok: boolean } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);
  const linkField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    setCode(null);
    setCopied(null);
    void encodeShareCode(doc).then(setCode);
    if (doc.organiser) void keyFingerprint(doc.organiser.key).then(setFingerprint);
    heading.current?.focus();
  }, [doc]);

  const link = code === null ? null : shareLinkFor(code, browser.runtime.getURL('/options.html'));
  const copy = async (what: 'code' | 'link', text: string, field: HTMLTextAreaElement | null) =>
    setCopied({ what, ok: await copyText(text, field) });
  const copiedNote = (what: 'code' | 'link') =>
    copied?.what === what && (
      <p role="status" data-org-copied={what}>
        {copied.ok ? t('orgCopied') : t('orgCopyFailed')}
      </p>
    );

  return (
    <div class="organiser__step card" data-org-export={doc.id}>
      <h3 ref={heading} tabIndex={-1}>
        {t('orgReadyHeading', [doc.title, String(doc.version)])}
      </h3>
      <p class="hint">{t('orgMembersSee')}</p>
      <RuleSetPreview doc={doc} signed={doc.signature ? 'valid' : 'unsigned'} fingerprint={fingerprint} />

      <div class="actions">
        <button class="button" type="button" onClick={() => downloadText(ruleSetFileName(doc), ruleSetFileText(doc))}>
          {t('orgSaveFile')}
        </button>
      </div>

      {code !== null && link !== null && (
        <>
          <div class="field">
            <label for="org-share-code">{t('orgShareCodeLabel')}</label>
            <textarea id="org-share-code" ref={codeField} rows={4} readOnly value={code} aria-describedby="org-share-code-hint" />
            <span id="org-share-code-hint" class="hint">{t('orgShareCodeHint')}</span>
            <div class="actions">
              <button class="button button--quiet" type="button" onClick={() => void copy('code', code, codeField.current)}>
                {t('orgCopyCode')}
              </button>
            </div>
            {copiedNote('code')}
          </div>
          <div class="field">
            <label for="org-share-link">{t('orgShareLinkLabel')}</label>
            <textarea id="org-share-link" ref={linkField} rows={4} readOnly value={link} aria-describedby="org-share-link-hint" />
            <span id="org-share-link-hint" class="hint">{t('orgShareLinkHint')}</span>
            <div class="actions">
              <button class="button button--quiet" type="button" onClick={() => void copy('link', link, linkField.current)}>
                {t('orgCopyLink')}
              </button>
            </div>
            {copiedNote('link')}
          </div>
          <h4>{t('orgQrHeading')}</h4>
          <QrCode text={link} label={t('orgQrLabel', [doc.title])} />
        </>
      )}
    </div>
  );
}
