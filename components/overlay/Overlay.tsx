import type { Finding } from '../../utils/guards/types';
import { t } from '../../utils/i18n';
import { QuickCheck } from '../checklist/QuickCheck';
import { FindingNotice } from './FindingNotice';

interface Props {
  findings: Finding[];
  /** Offer the quick check (on the pre-join screen): called when all is ticked. null: don't. */
  quickCheck: (() => void) | null;
  onHide(finding: Finding): void;
  onKeepName(name: string): void;
  onSnooze(): void;
}

/**
 * The on-page notices. A polite live region: screen readers hear new notices without
 * losing their place in the call, and focus is never taken.
 */
export function Overlay({ findings, quickCheck, onHide, onKeepName, onSnooze }: Props) {
  return (
    <section class="overlay" aria-label={t('overlayRegion')}>
      {quickCheck && <QuickCheck done={false} onDone={quickCheck} idPrefix="vertraulich-qc" />}
      <div class="overlay__list" role="status" aria-live="polite">
        {findings.map((finding) => (
          <FindingNotice key={finding.key} finding={finding} onHide={onHide} onKeepName={onKeepName} onSnooze={onSnooze} />
        ))}
      </div>
    </section>
  );
}
