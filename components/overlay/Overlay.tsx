import type { Finding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import { QuickCheck } from '../checklist/QuickCheck';
import { FindingNotice } from './FindingNotice';
import type { RosterActions } from './roster-actions';
import { isRosterEntry, RosterNotice } from './RosterNotice';

interface Props {
  findings: Finding[];
  /** Offer the quick check (on the pre-join screen): called when all is ticked. null: don't. */
  quickCheck: (() => void) | null;
  onHide(finding: Finding): void;
  onKeepName(name: string): void;
  onSnooze(): void;
  /** Known for this call / add to my list, and the client's help text (roster findings). */
  roster?: RosterActions;
  /** Show the roster card even with nobody in it (utils/call/session.ts CallView.rosterCard). */
  rosterCard?: boolean;
}

const NO_ROSTER: RosterActions = { onKnown() {}, onAddToList() {}, canAdd: false, help: null };

/**
 * The on-page notices. A polite live region: screen readers hear new notices without
 * losing their place in the call, and focus is never taken.
 */
export function Overlay({ findings, quickCheck, onHide, onKeepName, onSnooze, roster = NO_ROSTER, rosterCard }: Props) {
  // Everyone not (or only seemingly) on the list goes into the roster card, always first: where
  // it is, like its size, does not depend on whom the list matched.
  const people = findings.filter(isRosterEntry);
  return (
    <section class="overlay" aria-label={t('overlayRegion')}>
      {quickCheck && <QuickCheck done={false} onDone={quickCheck} idPrefix="vertraulich-qc" />}
      <div class="overlay__list" role="status" aria-live="polite">
        {(rosterCard || people.length > 0) && <RosterNotice key="roster-summary" findings={people} roster={roster} />}
        {findings.map((finding) =>
          isRosterEntry(finding) ? null : (
            <FindingNotice key={finding.key} finding={finding} onHide={onHide} onKeepName={onKeepName} onSnooze={onSnooze} />
          ),
        )}
      </div>
    </section>
  );
}
