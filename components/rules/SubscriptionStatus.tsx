import { useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { ruleErrorText } from '../../utils/rules/error-text';
import { requestHost } from '../../utils/rules/host-permission';
import type { StoredRuleSet } from '../../utils/rules/stored';
import { checkRuleSetNow } from '../../utils/rules/writer/client';

/** When a followed rule set was last checked, why the last check failed, and "check now". */
export function SubscriptionStatus({ stored }: { stored: StoredRuleSet }) {
  const [busy, setBusy] = useState(false);
  const subscription = stored.subscription;
  if (!subscription) return null;
  const checkNow = async () => {
    setBusy(true);
    await requestHost(subscription.url);
    // The background fetches and applies it (one writer); the list shows the outcome when storage changes.
    await checkRuleSetNow(stored.doc.id);
    setBusy(false);
  };
  return (
    <div class="subscription" data-subscription={subscription.url}>
      <p class="hint">{t('followFrom', [subscription.url])}</p>
      <p class="hint" data-last-checked>
        {subscription.lastChecked ? t('followLastChecked', [new Date(subscription.lastChecked).toLocaleString()]) : t('followNeverChecked')}
      </p>
      {subscription.lastError && (
        <div role="alert" data-subscription-error={subscription.lastError.code}>
          <p>{t('followLastFailed')}</p>
          <p>{ruleErrorText(subscription.lastError)}</p>
        </div>
      )}
      <button class="button button--quiet" type="button" disabled={busy} aria-label={t('followCheckNowNamed', [stored.doc.title])} onClick={checkNow}>
        {busy ? t('followChecking') : t('followCheckNow')}
      </button>
    </div>
  );
}
