import { isAboutPerson, type Finding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import { suggestShortName } from '../../utils/checks/names/suggest';

export interface FindingText {
  title: string;
  body: string;
}

/** The words of a notice. Names go in as plain strings and are rendered as text only. */
export function findingText(finding: Finding): FindingText {
  const name = isAboutPerson(finding) ? finding.name : '';
  switch (finding.kind) {
    case 'own-full-name': {
      const example = suggestShortName(name) ?? t('exampleFirstName');
      return {
        title: t(finding.phase === 'prejoin' ? 'ownFullNameTitlePrejoin' : 'ownFullNameTitle'),
        body: t(finding.severity === 'breach' ? 'ownFullNameBodyBreach' : 'ownFullNameBody', [name, example]),
      };
    }
    case 'phone-number':
      return finding.participantId === 'self'
        ? { title: t('ownContactTitle'), body: t('ownContactBody', [name]) }
        : { title: t('contactTitle'), body: t('contactBody', [name]) };
    case 'full-name':
      return { title: t('fullNameTitle'), body: t('fullNameBody', [name]) };
    case 'recording':
      return finding.stopped
        ? { title: t('recordingStoppedTitle'), body: t('recordingStoppedBody') }
        : { title: t('recordingTitle'), body: t('recordingBody') };
    case 'screen-visibility':
      return { title: t('screenVisibilityTitle'), body: t('screenVisibilityBody') };
    case 'screen-share':
      return { title: t('screenShareTitle'), body: t('screenShareBody') };
    case 'security-off':
      return {
        title: t('securityOffTitle'),
        body: `${t('securityOffBody')} ${finding.client === 'jitsi' ? t('securityOffSteps_jitsi') : t('securityOffSteps')}`,
      };
    case 'client-unreadable':
      return { title: t('unreadableTitle'), body: t('unreadableBody') };
    // Roster notices (unknown-participant has its own summary, RosterNotice).
    case 'lookalike-name':
      return { title: t('lookalikeTitle'), body: t(`lookalikeBody_${finding.reason}`, [name]) };
    case 'duplicate-name':
      return { title: t('duplicateTitle'), body: t(`duplicateBody_${finding.match}`, [name]) };
    case 'more-than-expected':
      return { title: t('moreThanExpectedTitle'), body: t('moreThanExpectedBody', [String(finding.count), String(finding.expected)]) };
    default:
      // Kinds of later features; never render an empty notice.
      return { title: t('overlayTitle'), body: finding.kind };
  }
}
