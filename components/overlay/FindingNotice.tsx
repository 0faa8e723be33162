import { isAboutPerson, type Finding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import { findingText, isolateName } from './finding-text';
import { shortenForDisplay } from './shorten';
import { suggestShortName } from '../../utils/checks/names/suggest';
import { NO_FIX, type FixActions } from './fix-actions';

interface Props {
  finding: Finding;
  onHide(finding: Finding): void;
  onKeepName(name: string): void;
  onSnooze(): void;
  /** What this notice can fix in the client (the pre-join name field) or explain (renaming in the call). */
  fix?: FixActions;
  /** The tray's open notice (the one focus goes to when the person opens its line). */
  open?: boolean;
}

/** One notice. `data-finding` is the observable contract the tests (and users' tools) rely on. */
export function FindingNotice({ finding, onHide, onKeepName, onSnooze, fix = NO_FIX, open }: Props) {
  const { title, body } = findingText(finding);
  const ownName = finding.kind === 'own-full-name';
  const canKeep = ownName && finding.severity === 'reminder' && finding.name !== '';
  // Before joining the name can still be changed here, with one click; in the call, the client's steps.
  const short = ownName && finding.phase === 'prejoin' && fix.canFill ? suggestShortName(finding.name) : null;
  const steps = ownName && finding.phase === 'in-call' ? fix.renameHelp : null;
  // What quotes the person's name is marked: names only covers it (components/curtain/curtain-css.ts).
  const person = isAboutPerson(finding);
  const quotes = person ? '' : undefined;
  return (
    <article class={`notice notice--${finding.severity}`} data-finding={finding.kind} aria-label={title} tabIndex={-1} data-open={open ? '' : undefined} data-person={quotes}>
      <h2 class="notice__title">{title}</h2>
      {person && (
        <p class="notice__name" title={finding.name} aria-label={finding.name} data-quotes-name="">
          {shortenForDisplay(finding.name)}
        </p>
      )}
      <p class="notice__body" data-quotes-name={quotes}>{shortenForDisplay(body, 600)}</p>
      {steps && <p class="notice__steps">{steps}</p>}
      <div class="notice__actions">
        {short && (
          <button type="button" class="notice__button" data-quotes-name="" onClick={() => fix.onUseName(short)}>
            {t('useShortName', [isolateName(short)])}
          </button>
        )}
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
