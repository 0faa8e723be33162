import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isAboutPerson, type Finding } from '../../utils/checks/guards/types';
import { t } from '../../utils/platform/i18n';
import { QuickCheck } from '../checklist/QuickCheck';
import { findingText } from './finding-text';
import { FindingNotice } from './FindingNotice';
import type { FixActions } from './fix-actions';
import type { RosterActions } from './roster-actions';
import { isRosterEntry, RosterNotice } from './RosterNotice';
import { shortenForDisplay } from './shorten';
import type { TrayPlacer } from './tray-placer';

export interface OverlayProps {
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
  /** What the notices can fix in this client ("Use 'Ute B.'") or explain (renaming in the call). */
  fix?: FixActions;
  /** Keeps the tray off the client's own controls (tray-placer.ts); none: it stays top right. */
  placer?: TrayPlacer;
}

const NO_ROSTER: RosterActions = { onKnown() {}, onAddToList() {}, canAdd: false, help: null };
const RANK = { alert: 0, breach: 1, reminder: 2 } as const;
const QUICK_CHECK = 'quick-check';
/** How long a reminder stays open by itself before it folds to its line (breaches stay open). */
export const REMINDER_OPEN_MS = 12_000;
/** Folded or not, for this page's call: kept when the tray goes and comes back. */
let foldedInThisCall = false;

/**
 * The on-page notices as one tray: a head with the count that folds and unfolds it, the roster card
 * (always first, one fixed size: see RosterNotice), the most important notice open and the others as
 * one-line entries that open on a click. A reminder folds to its line by itself after a short while;
 * breaches and alerts stay open until hidden. A polite live region: screen readers hear new notices
 * without losing their place in the call, and focus is never taken from the call.
 */
export function Overlay({ findings, quickCheck, onHide, onKeepName, onSnooze, roster = NO_ROSTER, rosterCard, fix, placer }: OverlayProps) {
  // Everyone not (or only seemingly) on the list goes into the roster card: where it is, like its
  // size, does not depend on whom the list matched, so it takes no part in what opens or folds.
  const people = findings.filter(isRosterEntry);
  const showRoster = rosterCard || people.length > 0;
  const notices = findings.filter((finding) => !isRosterEntry(finding)).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const keys = [...notices.map((finding) => finding.key), ...(quickCheck ? [QUICK_CHECK] : [])];

  const [folded, setFolded] = useState(foldedInThisCall);
  const [chosen, setChosen] = useState<string | null>(null);
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const tray = useRef<HTMLElement>(null);
  const focusOpen = useRef(false);

  const isReminder = (key: string) => notices.some((finding) => finding.key === key && finding.severity === 'reminder');
  const open = keys.includes(chosen ?? '') ? chosen : (keys.find((key) => !(isReminder(key) && settled.has(key))) ?? null);
  const settles = open !== null && open !== chosen && isReminder(open);

  useEffect(() => {
    if (!settles || open === null) return;
    const timer = setTimeout(() => setSettled((before) => new Set(before).add(open)), REMINDER_OPEN_MS);
    return () => clearTimeout(timer);
  }, [open, settles]);

  useLayoutEffect(() => {
    placer?.attach(tray.current);
    // A line the person opened: their focus goes on with it, to the notice it opened.
    if (focusOpen.current) tray.current?.querySelector<HTMLElement>('[data-open]')?.focus();
    focusOpen.current = false;
  });
  useEffect(() => () => placer?.attach(null), [placer]);

  const onHead = () => {
    // A chip (no free place) opens to the whole tray, where it then has to cover something.
    const next = tray.current?.hasAttribute('data-chip') ? false : !folded;
    foldedInThisCall = next;
    setFolded(next);
    placer?.insist(!next);
  };
  const openLine = (key: string) => {
    focusOpen.current = true;
    setChosen(key);
  };

  const count = keys.length + (showRoster ? 1 : 0);
  return (
    <section class="overlay" aria-label={t('overlayRegion')} ref={tray}>
      <button type="button" class="tray__head" aria-expanded={!folded} aria-controls="vertraulich-tray" onClick={onHead}>
        <span class="tray__count">{t('trayTitle', [String(count)])}</span>
        <span class="tray__action">{folded ? t('trayShowAll') : t('trayShowLess')}</span>
      </button>
      <div class="overlay__list" id="vertraulich-tray" role="status" aria-live="polite" hidden={folded}>
        {showRoster && <RosterNotice key="roster-summary" findings={people} roster={roster} />}
        {keys.map((key) => {
          const finding = notices.find((candidate) => candidate.key === key);
          if (key === open) {
            return finding ? (
              <FindingNotice key={key} finding={finding} onHide={onHide} onKeepName={onKeepName} onSnooze={onSnooze} fix={fix} open />
            ) : (
              <div key={key} data-open tabIndex={-1}>
                <QuickCheck done={false} onDone={quickCheck!} idPrefix="vertraulich-qc" />
              </div>
            );
          }
          const title = finding ? findingText(finding).title : t('quickCheckHeading');
          const name = finding && isAboutPerson(finding) ? shortenForDisplay(finding.name, 60) : '';
          return (
            <div key={key} class={`notice notice--line notice--${finding?.severity ?? 'reminder'}`} {...(finding ? { 'data-finding': finding.kind } : { 'data-quick-check': 'line' })} data-person={name ? '' : undefined}>
              <button type="button" class="tray__line" aria-expanded="false" onClick={() => openLine(key)}>
                <span class="tray__title">{title}</span>
                {name && <span class="notice__name tray__name" data-quotes-name="">{name}</span>}
              </button>
            </div>
          );
        })}
      </div>
    </section>
  );
}
