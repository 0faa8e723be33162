import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import type { Pending } from '../../utils/rules/preview';
import { RuleSetChanges } from './RuleSetChanges';
import { RuleSetPreview } from './RuleSetPreview';

interface Props {
  pending: Pending;
  onUse(): void;
  onCancel(): void;
}

/**
 * A checked rule set waiting for the person's yes: what it contains, what it changes here (what
 * an update drops, whose calls it would take over), then "Use this rule set" or "Cancel".
 * Nothing is stored before the yes. Focus moves to the heading, so screen-reader and keyboard
 * users land on what they are asked to check.
 */
export function PendingRuleSet({ pending, onUse, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [pending.doc]);
  return (
    <div class="card">
      <h2 ref={heading} tabIndex={-1}>
        {t('importPreviewHeading')}
      </h2>
      <RuleSetChanges pending={pending} />
      <RuleSetPreview doc={pending.doc} signed={pending.signed} fingerprint={pending.fingerprint} />
      <div class="actions">
        <button class="button" type="button" onClick={onUse}>
          {pending.claims.length > 0 ? t('importUseTakeOver') : t('importUse')}
        </button>
        <button class="button button--quiet" type="button" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </div>
  );
}
