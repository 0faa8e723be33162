import type { Finding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import { findingText } from './finding-text';
import { PersonActions } from './PersonActions';
import type { RosterActions } from './roster-actions';
import { shortenForDisplay } from './shorten';

/** The findings the roster card lists: whoever is not, or only seemingly, on the group's list. */
export type RosterEntry = Extract<Finding, { kind: 'unknown-participant' | 'lookalike-name' }>;

export const isRosterEntry = (finding: Finding): finding is RosterEntry =>
  finding.kind === 'unknown-participant' || finding.kind === 'lookalike-name';

const noteOf = (finding: RosterEntry): string =>
  [
    finding.inLobby ? t('rosterInLobby') : '',
    finding.kind === 'lookalike-name'
      ? shortenForDisplay(findingText(finding).body, 600)
      : finding.reason === 'default' ? t('rosterDefaultName') : finding.reason === 'unchecked' ? t('rosterUnchecked') : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');

/**
 * The roster card: who is not on the group's list ("2 people are not on your group's list"),
 * with one entry per person (their `unknown-participant` or `lookalike-name` finding, their name
 * as text). It is there whenever a roster applies and anybody else is in the call, also when
 * everyone matches, and it has one fixed size (overlay.css `.roster`; all but the title scrolls
 * inside, the people first, then the honest words and the client's help):
 * what a page can measure or hit-test of it is the same whoever is on the list.
 * Worded honestly: names are self-chosen, a match is no verification, and an unknown name may
 * be a member using another name.
 */
export function RosterNotice({ findings, roster }: { findings: RosterEntry[]; roster: RosterActions }) {
  const count = findings.length;
  const title = count === 0 ? t('rosterSummaryNone') : count === 1 ? t('rosterSummaryOne') : t('rosterSummaryMany', [String(count)]);
  return (
    <section class="notice notice--reminder roster" data-roster-summary={count} aria-label={title}>
      <h2 class="notice__title">{title}</h2>
      <div class="roster__scroll">
        <ul class="roster__people">
          {findings.map((finding) => {
            const name = finding.name;
            const note = noteOf(finding);
            return (
              <li key={finding.key} class="roster__person" data-finding={finding.kind} data-person="">
                <p class="notice__name" title={name} aria-label={name} data-quotes-name="">
                  {shortenForDisplay(name)}
                </p>
                {note && <p class="roster__note" data-quotes-name={finding.kind === 'lookalike-name' ? '' : undefined}>{note}</p>}
                <PersonActions finding={finding} roster={roster} />
              </li>
            );
          })}
        </ul>
        <p class="notice__body">{t('rosterSummaryBody')}</p>
        {roster.help && <p class="roster__note">{roster.help}</p>}
        {roster.canAdd && <p class="roster__note">{t('rosterAddNote')}</p>}
      </div>
    </section>
  );
}
