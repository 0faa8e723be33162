import type { Finding } from '../../utils/guards/types';
import { t } from '../../utils/i18n';
import { FindingNotice } from './FindingNotice';

interface Props {
  findings: Finding[];
  onHide(finding: Finding): void;
  onKeepName(name: string): void;
}

/**
 * The on-page notices. A polite live region: screen readers hear new notices without
 * losing their place in the call, and focus is never taken.
 */
export function Overlay({ findings, onHide, onKeepName }: Props) {
  return (
    <section class="overlay" aria-label={t('overlayRegion')}>
      <div class="overlay__list" role="status" aria-live="polite">
        {findings.map((finding) => (
          <FindingNotice key={finding.key} finding={finding} onHide={onHide} onKeepName={onKeepName} />
        ))}
      </div>
    </section>
  );
}
