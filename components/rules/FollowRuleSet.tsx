import { useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import type { RuleSetError } from '../../utils/rules/errors';
import { ruleErrorText } from '../../utils/rules/error-text';
import { requestHost } from '../../utils/rules/host-permission';
import { pendingOf, type Pending } from '../../utils/rules/preview';
import { importContext } from '../../utils/rules/store';
import { fetchForFollowing } from '../../utils/rules/subscription';
import { acceptPending } from './accept';
import { PendingRuleSet } from './PendingRuleSet';

/** Follow a rule set the organiser keeps online: fetched, previewed, accepted, then checked daily. */
export function FollowRuleSet({ managed }: { managed: boolean }) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<RuleSetError | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);

  const onFetch = async (event: Event) => {
    event.preventDefault();
    const address = url.trim();
    setBusy(true);
    setAccepted(null);
    await requestHost(address);
    const fetched = await fetchForFollowing(address, await importContext());
    setBusy(false);
    if (fetched.result.ok) {
      setError(null);
      // Kept and shown: the address that answered (a redirect on the same host may have moved it).
      setPending(await pendingOf(fetched.result, 'subscription', fetched.url));
    } else {
      setPending(null);
      setError(fetched.result.error);
    }
  };

  const onUse = async () => {
    if (!pending) return;
    const outcome = await acceptPending(pending);
    setPending(null);
    if ('error' in outcome) return setError(outcome.error);
    setAccepted(outcome.title);
    setUrl('');
  };

  return (
    <section aria-labelledby="follow-heading">
      <h2 id="follow-heading">{t('followHeading')}</h2>
      {managed && (
        <p class="hint" data-managed-blocks="follow">
          {t('managedBlocksOthers')}
        </p>
      )}
      <form class="field" onSubmit={onFetch}>
        <label for="follow-url">{t('followLabel')}</label>
        <input id="follow-url" type="url" inputMode="url" value={url} disabled={managed} aria-describedby="follow-hint" onInput={(e) => setUrl(e.currentTarget.value)} />
        <span id="follow-hint" class="hint">{t('followHint')}</span>
        <div class="actions">
          <button class="button" type="submit" disabled={managed || busy || url.trim() === ''}>
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
      {pending?.follow && (
        <p class="hint" data-follow-address>
          {t('followFrom', [pending.follow])}
        </p>
      )}
      {pending && <PendingRuleSet pending={pending} onUse={onUse} onCancel={() => setPending(null)} />}
    </section>
  );
}
