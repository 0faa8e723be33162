import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { keepKeyPair, keyPairOf, type StoredOrganiserKey } from '../../utils/organiser/store';
import { exportKeyFile, importKeyFile, KeyFileError, MIN_PASSPHRASE_LENGTH } from '../../utils/rules/key-file';
import { generateKeyPair, keyFingerprint } from '../../utils/rules/signing';
import { downloadText } from './download';

interface Props {
  stored: StoredOrganiserKey | null;
  onKey: (stored: StoredOrganiserKey) => void;
}

type Notice = { kind: 'error' | 'done'; text: string } | null;

function keyFileErrorText(error: unknown): string {
  if (error instanceof KeyFileError) {
    switch (error.code) {
      case 'wrong-passphrase':
        return t('keyFileError_wrong_passphrase');
      case 'passphrase-too-short':
        return t('keyFileError_passphrase_too_short', [String(MIN_PASSPHRASE_LENGTH)]);
      case 'not-key-file':
        return t('keyFileError_not_key_file');
    }
  }
  return t('keyFileError_not_key_file');
}

/** Step 2: the organiser's Ed25519 key: create it, see its fingerprint, move it to a second device. */
export function KeyManager({ stored, onKey }: Props) {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [exportPass, setExportPass] = useState('');
  const [exportRepeat, setExportRepeat] = useState('');
  const [exportNotice, setExportNotice] = useState<Notice>(null);
  const [importPass, setImportPass] = useState('');
  const [importNotice, setImportNotice] = useState<Notice>(null);
  const importFile = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setFingerprint(null);
    if (stored) void keyFingerprint(stored.publicKey).then(setFingerprint);
  }, [stored?.publicKey]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const create = () => run(async () => onKey(await keepKeyPair(await generateKeyPair())));

  const onExport = (event: Event) => {
    event.preventDefault();
    if (!stored) return;
    setExportNotice(null);
    if (exportPass !== exportRepeat) {
      setExportNotice({ kind: 'error', text: t('orgKeyExportMismatch') });
      return;
    }
    void run(async () => {
      try {
        const text = await exportKeyFile(await keyPairOf(stored), exportPass);
        const short = (fingerprint ?? '').replace(/\s/g, '').slice(0, 8).toLowerCase();
        downloadText(`vertraulich-key-${short}.json`, text);
        setExportPass('');
        setExportRepeat('');
        setExportNotice({ kind: 'done', text: t('orgKeyExported') });
      } catch (error) {
        setExportNotice({ kind: 'error', text: keyFileErrorText(error) });
      }
    });
  };

  const onImport = (event: Event) => {
    event.preventDefault();
    setImportNotice(null);
    const file = importFile.current?.files?.[0];
    if (!file) {
      setImportNotice({ kind: 'error', text: t('orgKeyImportNoFile') });
      return;
    }
    void run(async () => {
      try {
        const pair = await importKeyFile(await file.text(), importPass);
        const kept = await keepKeyPair(pair);
        onKey(kept);
        setImportPass('');
        if (importFile.current) importFile.current.value = '';
        setImportNotice({ kind: 'done', text: t('orgKeyImported', [await keyFingerprint(kept.publicKey)]) });
      } catch (error) {
        setImportNotice({ kind: 'error', text: keyFileErrorText(error) });
      }
    });
  };

  const notice = (value: Notice, name: string) =>
    value && (
      <p role={value.kind === 'error' ? 'alert' : 'status'} data-org-key-notice={name}>
        {value.text}
      </p>
    );

  return (
    <div class="organiser__step" aria-busy={busy}>
      <h3>{t('orgKeyHeading')}</h3>
      <p class="hint">{t('orgKeyIntro')}</p>
      {stored ? (
        <p>
          {t('orgKeyFingerprint')}{' '}
          <strong class="fingerprint" data-org-fingerprint>
            {fingerprint ?? '…'}
          </strong>
          <br />
          <span class="hint">{t('orgKeyFingerprintHint')}</span>
        </p>
      ) : (
        <div class="actions">
          <button class="button" type="button" disabled={busy} onClick={() => void create()}>
            {t('orgKeyCreate')}
          </button>
        </div>
      )}
      {busy && <p class="hint">{t('orgWorking')}</p>}

      {stored && (
        <form class="organiser__subform" onSubmit={onExport}>
          <h4>{t('orgKeyExportHeading')}</h4>
          <p class="hint">{t('orgKeyExportHint')}</p>
          <div class="field">
            <label for="org-key-export-pass">{t('orgKeyExportPassphrase')}</label>
            <input id="org-key-export-pass" type="password" autoComplete="new-password" value={exportPass} onInput={(e) => setExportPass(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="org-key-export-repeat">{t('orgKeyExportRepeat')}</label>
            <input id="org-key-export-repeat" type="password" autoComplete="new-password" value={exportRepeat} onInput={(e) => setExportRepeat(e.currentTarget.value)} />
          </div>
          <div class="actions">
            <button class="button" type="submit" disabled={busy || exportPass === ''}>
              {t('orgKeyExportButton')}
            </button>
          </div>
          {notice(exportNotice, 'export')}
        </form>
      )}

      <form class="organiser__subform" onSubmit={onImport}>
        <h4>{t('orgKeyImportHeading')}</h4>
        {stored && <p class="hint">{t('orgKeyImportReplaces')}</p>}
        <div class="field">
          <label for="org-key-import-file">{t('orgKeyImportFile')}</label>
          <input id="org-key-import-file" ref={importFile} type="file" accept=".json,application/json" />
        </div>
        <div class="field">
          <label for="org-key-import-pass">{t('orgKeyImportPassphrase')}</label>
          <input id="org-key-import-pass" type="password" autoComplete="current-password" value={importPass} onInput={(e) => setImportPass(e.currentTarget.value)} />
        </div>
        <div class="actions">
          <button class="button" type="submit" disabled={busy || importPass === ''}>
            {t('orgKeyImportButton')}
          </button>
        </div>
        {notice(importNotice, 'import')}
      </form>
    </div>
  );
}
