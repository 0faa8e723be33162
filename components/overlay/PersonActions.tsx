import type { PersonFinding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import type { RosterActions } from './roster-actions';

/** "Known for this call" and "Add to my list" for one flagged person; the name only in accessible labels. */
export function PersonActions({ finding, roster }: { finding: PersonFinding; roster: RosterActions }) {
  const name = finding.name;
  // A default name ("Guest") or one that could not be checked is nobody to put on a list.
  const canAdd = roster.canAdd && !(finding.kind === 'unknown-participant' && finding.reason !== undefined);
  return (
    <div class="notice__actions">
      <button type="button" class="notice__button" aria-label={t('rosterKnownFor', [name])} onClick={() => roster.onKnown(finding)}>
        {t('rosterKnown')}
      </button>
      {canAdd && (
        <button type="button" class="notice__button notice__button--quiet" aria-label={t('rosterAddFor', [name])} onClick={() => roster.onAddToList(finding)}>
          {t('rosterAdd')}
        </button>
      )}
    </div>
  );
}
