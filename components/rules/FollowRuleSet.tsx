import { useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import type { RuleSetError } from '../../utils/rules/errors';
import { ruleErrorText } from '../../utils/rules/error-text';
import { requestHost } from '../../utils/rules/host-permission';
import type { ImportResult } from '../../utils/rules/import';
import { acceptRuleSet } from '../../utils/rules/store';
import { fetchForFollowing } from '../../utils/rules/subscription';
import { PendingRuleSet } from './PendingRuleSet';

type Checked = Extract<ImportResult, { ok: true }> & { url: string };

/** Follow a rule set the organiser keeps online: fetched, previewed, accepted, then checked daily. */
export function FollowRuleSet({ disabled }: { disabled: boolean }) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Checked | null>(null);
  const [error, setError] = useState<RuleSetError | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);

  const onFetch = async (event: Event) => {
    event.preventDefault();
    const address = url.trim();
    setBusy(true);
    setAccepted(null);
    await requestHost(address);
    const result = await fetchForFollowing(address);
    setBusy(false);
    if (result.ok) {
      setError(null);
      setPending({ ...result, url: address });
    } else {
      setPending(null);
      setError(result.error);
    }
  };

  const onUse = async () => {
    if (!pending) return;
    await acceptRuleSet(pending.doc, 'subscription', { url: pending.url, lastChecked: Date.now(), lastError: null });
    setAccepted(pending.doc.title);
    setPending(null);
    setUrl('');
  };

  return (
    <section aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t('followHeading')}</h2>
      <form class="field" onSubmit={onFetch}>
        <label for="follow-url">{t('followLabel')}</label>
        <input id="follow-url" type="url" inputMode="url" value={url} disabled={disabled} aria-describedby="follow-hint" onInput={(e) => setUrl(e.currentTarget.value)} />
        <span id="follow-hint" class="hint">{t('followHint')}</span>
        <div class="actions">
          <button class="button" type="submit" disabled={disabled || busy || url.trim() === ''}>
            {busy ? t('followChecking') : t('followButton')}
          </button>
        </div>
      </form>
      {error && (
        <div role="alert" class="card" data-follow-error={error.code}>
          <p>{ruleErrorText(error)}</p>
          <p>{t('ruleErrorNothingChanged')}</p>
        </div>
      )}
      {accepted && <p role="status">{t('importAccepted', [accepted])}</p>}
      {pending && (
        <PendingRuleSet doc={pending.doc} signed={pending.signed} fingerprint={pending.fingerprint} onUse={onUse} onCancel={() => setPending(null)} />
      )}
    </section>
  );
}
