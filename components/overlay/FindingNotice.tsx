import { isAboutPerson, type Finding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import { findingText } from './finding-text';
import { shortenForDisplay } from './shorten';

interface Props {
  finding: Finding;
  onHide(finding: Finding): void;
  onKeepName(name: string): void;
  onSnooze(): void;
}

/** One notice. `data-finding` is the observable contract the tests (and users' tools) rely on. */
export function FindingNotice({ finding, onHide, onKeepName, onSnooze }: Props) {
  const { title, body } = findingText(finding);
  const canKeep = finding.kind === 'own-full-name' && finding.severity === 'reminder' && finding.name !== '';
  return (
    <article class={`notice notice--${finding.severity}`} data-finding={finding.kind} aria-label={title}>
      <h2 class="notice__title">{title}</h2>
      {isAboutPerson(finding) && (
        <p class="notice__name" title={finding.name} aria-label={finding.name}>
          {shortenForDisplay(finding.name)}
        </p>
      )}
      <p class="notice__body">{shortenForDisplay(body, 600)}</p>
      <div class="notice__actions">
        {canKeep && (
          <button type="button" class="notice__button" onClick={() => onKeepName(finding.name)}>
            {t('keepOwnName')}
          </button>
        )}
        {finding.kind === 'screen-visibility' ? (
          <>
            <button type="button" class="notice__button" onClick={() => onHide(finding)}>
              {t('screenVisibilityDone')}
            </button>
            <button type="button" class="notice__button notice__button--quiet" onClick={onSnooze}>
              {t('screenVisibilitySnooze')}
            </button>
          </>
        ) : (
          <button type="button" class="notice__button notice__button--quiet" aria-label={t('hideNoticeFor', [title])} onClick={() => onHide(finding)}>
            {t('hideNotice')}
          </button>
        )}
      </div>
    </article>
  );
}
