import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import type { RuleSetError } from '../../utils/rules/errors';
import { ruleErrorText } from '../../utils/rules/error-text';
import { parseRuleSet, parseShareCode, type ImportResult } from '../../utils/rules/import';
import { pendingOf, type Pending } from '../../utils/rules/preview';
import { shareCodeFromLink } from '../../utils/rules/share-code';
import { importContext } from '../../utils/rules/store';
import type { RuleSetSource } from '../../utils/rules/stored';
import { acceptPending } from './accept';
import { PendingRuleSet } from './PendingRuleSet';

/**
 * Import from a file, a pasted share code or an opened share link. Nothing is stored until
 * the person has seen the preview and pressed "Use this rule set"; a refused document leaves
 * the active rule set exactly as it was. While the organisation's rule set applies (`managed`),
 * no other is offered, also not from a share link.
 */
export function ImportRuleSet({ managed }: { managed: boolean }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<RuleSetError | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const show = async (result: ImportResult, source: RuleSetSource) => {
    setAccepted(null);
    if (result.ok) {
      setError(null);
      setPending(await pendingOf(result, source));
    } else {
      setPending(null);
      setError(result.error);
    }
  };

  // A share link opens this page with #import=<code>.
  useEffect(() => {
    const linked = shareCodeFromLink(location.href);
    if (linked === null) return;
    history.replaceState(null, '', location.pathname + location.search);
    if (managed) return setError({ code: 'managed-in-force' });
    void importContext().then((context) => parseShareCode(linked, context)).then((result) => show(result, 'share-link'));
  }, []);

  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    await show(await parseRuleSet(file, await importContext()), 'file');
  };

  const onCode = async (event: Event) => {
    event.preventDefault();
    await show(await parseShareCode(code.trim(), await importContext()), 'share-code');
  };

  const onUse = async () => {
    if (!pending) return;
    const outcome = await acceptPending(pending);
    setPending(null);
    if ('error' in outcome) return setError(outcome.error);
    setAccepted(outcome.title);
    setCode('');
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      {managed && (
        <p class="hint" data-managed-blocks="import">
          {t('managedBlocksOthers')}
        </p>
      )}
      <div class="field">
        <label for="import-file">{t('importFileLabel')}</label>
        <input id="import-file" ref={fileInput} type="file" accept=".json,application/json" disabled={managed} aria-describedby="import-file-hint" onChange={onFile} />
        <span id="import-file-hint" class="hint">{t('importFileHint')}</span>
      </div>
      <form class="field" onSubmit={onCode}>
        <label for="share-code">{t('importCodeLabel')}</label>
        <textarea id="share-code" rows={3} value={code} disabled={managed} onInput={(e) => setCode(e.currentTarget.value)} />
        <div class="actions">
          <button class="button" type="submit" disabled={managed || code.trim() === ''}>
            {t('importCodeButton')}
          </button>
        </div>
      </form>
      {error && (
        <div role="alert" class="card" data-import-error={error.code}>
          <p>{ruleErrorText(error)}</p>
          <p>{t('ruleErrorNothingChanged')}</p>
        </div>
      )}
      {accepted && (
        <p role="status" data-import-accepted>
          {t('importAccepted', [accepted])}
        </p>
      )}
      {pending && <PendingRuleSet pending={pending} onUse={onUse} onCancel={() => setPending(null)} />}
    </section>
  );
}
