import { t } from '../../utils/platform/i18n';
import type { TabState } from '../../utils/platform/messages';

/** What Vertraulich sees on the current tab, in one or two plain sentences. */
export function TabStatus({ state }: { state: TabState | null }) {
  if (!state || state.client === null) {
    return <p data-status="not-a-call">{t('popupNotCallPage')}</p>;
  }
  // Not the group's call: nothing was read there, so there is nothing to report but that.
  if (!state.groupCall) {
    return (
      <div data-status="call" data-client={state.client}>
        <p>{t('popupClientRecognised', [state.clientLabel ?? state.client])}</p>
      </div>
    );
  }
  const findings =
    state.openFindings === 0
      ? t('popupNoFindings')
      : state.openFindings === 1
        ? t('popupFindingsOne')
        : t('popupFindingsMany', [String(state.openFindings)]);
  return (
    <div data-status="call" data-client={state.client}>
      <p>
        {t('popupClientRecognised', [state.clientLabel ?? state.client])}{' '}
        {state.phase === 'prejoin' ? t('popupPhasePrejoin') : state.phase === 'in-call' ? t('popupPhaseInCall') : ''}
      </p>
      {state.unreadable ? (
        <p role="alert" data-status="unreadable">{t('popupUnreadableShort')}</p>
      ) : (
        <p data-findings={state.openFindings}>{findings}</p>
      )}
      {/* The same truth as the badge's "12%": how far the check reaches. */}
      {!state.unreadable && state.coverage && (
        <p data-status="coverage-partial">{t('popupCoveragePartial', [String(state.coverage.checked), String(state.coverage.total)])}</p>
      )}
      {!state.quickCheckDone && <p data-status="quick-check-pending">{t('popupQuickCheckPending')}</p>}
    </div>
  );
}
