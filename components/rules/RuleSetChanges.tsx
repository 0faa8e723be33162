import { t } from '../../utils/platform/i18n';
import type { Pending } from '../../utils/rules/preview';
import { meetingKey } from '../../utils/rules/resolve';

/**
 * What accepting would change here, said before the yes: the calls it would take from another
 * group's rule set (both side by side), and what an update drops compared with the version kept.
 */
export function RuleSetChanges({ pending }: { pending: Pending }) {
  const { doc, previous, claims } = pending;
  const kept = new Set((doc.meetings ?? []).map(meetingKey));
  const droppedMeetings = (previous?.meetings ?? []).filter((meeting) => !kept.has(meetingKey(meeting)));
  const drops = previous
    ? [
        previous.roster && !doc.roster && t('changeDropsRoster'),
        previous.signature !== undefined && doc.signature === undefined && t('changeDropsSignature'),
        droppedMeetings.length > 0 && t('changeDropsMeetings', [droppedMeetings.join(', ')]),
      ].filter((text): text is string => typeof text === 'string')
    : [];
  if (claims.length === 0 && drops.length === 0) return null;
  return (
    <div class="changes">
      {claims.map((claim) => (
        <div key={claim.id} class="card card--warning" data-claim={claim.id}>
          <p>
            <strong>{t('changeTakesOver', [claim.title])}</strong>
          </p>
          <div class="side-by-side">
            <div>
              <p class="hint">{t('changeNow')}</p>
              <p data-claim-now>{claim.title}</p>
            </div>
            <div>
              <p class="hint">{t('changeAfter')}</p>
              <p data-claim-after>{doc.title}</p>
            </div>
          </div>
          <ul>
            {claim.meetings.map((meeting) => (
              <li key={meeting}>{meeting}</li>
            ))}
          </ul>
        </div>
      ))}
      {drops.length > 0 && (
        <div class="card card--warning" data-update-drops>
          <p>{t('changeUpdateDrops', [String(previous!.version), String(doc.version)])}</p>
          <ul>
            {drops.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
