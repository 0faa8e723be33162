import { isAboutPerson, type Finding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import { suggestShortName } from '../../utils/checks/names/suggest';

export interface FindingText {
  title: string;
  body: string;
}

/** Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * A name as it goes into a sentence: without its own embeddings, overrides and isolates, so
 * that a right-to-left override in a name cannot reorder the words after it; a name that had
 * such controls or has right-to-left letters goes in a first-strong isolate (FSI ... PDI).
 * The name's own line (`.notice__name`) shows it as it is.
 */
export function isolateName(name: string): string {
  const plain = name.replace(BIDI_CONTROLS, '');
  return plain !== name || RIGHT_TO_LEFT.test(plain) ? `\u2068${plain}\u2069` : plain;
}

/** The words of a notice. Names go in as plain strings and are rendered as text only. */
export function findingText(finding: Finding): FindingText {
  const name = isolateName(isAboutPerson(finding) ? finding.name : '');
  switch (finding.kind) {
    case 'own-full-name': {
      const suggested = suggestShortName(finding.name);
      const example = suggested === null ? t('exampleFirstName') : isolateName(suggested);
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
      if (finding.stopped && finding.mayResume) return { title: t('recordingGoneTitle'), body: t('recordingGoneBody') };
      if (finding.stopped) return { title: t('recordingStoppedTitle'), body: t('recordingStoppedBody') };
      return finding.paused
        ? { title: t('recordingPausedTitle'), body: t('recordingPausedBody') }
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
    case 'settings-unreadable':
      return { title: t('settingsUnreadableTitle'), body: t('settingsUnreadableBody') };
    case 'coverage-partial':
      return { title: t('coveragePartialTitle'), body: t('coveragePartialBody', [`${finding.checked}`, `${finding.total}`]) };
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
