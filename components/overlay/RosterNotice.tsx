import type { Finding } from '../../utils/checks/guards/types';

type UnknownFinding = Extract<Finding, { kind: 'unknown-participant' }>;
import { t } from '../../utils/platform/i18n';
import { PersonActions } from './PersonActions';
import type { RosterActions } from './roster-actions';
import { shortenForDisplay } from './shorten';

const noteOf = (finding: UnknownFinding): string =>
  [
    finding.inLobby ? t('rosterInLobby') : '',
    finding.reason === 'default' ? t('rosterDefaultName') : finding.reason === 'unchecked' ? t('rosterUnchecked') : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');

/**
 * The one summary of who is not on the group's list ("2 people are not on your group's list"),
 * with one entry per person: each entry is that person's `unknown-participant` finding and shows
 * their name as text. Worded honestly: names are self-chosen, a match is no verification, and an
 * unknown name may be a member using another name.
 */
export function RosterNotice({ findings, roster }: { findings: UnknownFinding[]; roster: RosterActions }) {
  const title = findings.length === 1 ? t('rosterSummaryOne') : t('rosterSummaryMany', [String(findings.length)]);
  return (
    <section class="notice notice--reminder roster" data-roster-summary={findings.length} aria-label={title}>
      <h2 class="notice__title">{title}</h2>
      <p class="notice__body">{t('rosterSummaryBody')}</p>
      <ul class="roster__people">
        {findings.map((finding) => {
          const name = finding.name;
          const note = noteOf(finding);
          return (
            <li key={finding.key} class="roster__person" data-finding={finding.kind}>
              <p class="notice__name" title={name} aria-label={name}>
                {shortenForDisplay(name)}
              </p>
              {note && <p class="roster__note">{note}</p>}
              <PersonActions finding={finding} roster={roster} />
            </li>
          );
        })}
      </ul>
      {roster.help && <p class="roster__note">{roster.help}</p>}
      {roster.canAdd && <p class="roster__note">{t('rosterAddNote')}</p>}
    </section>
  );
}
