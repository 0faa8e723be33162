import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import type { RuleSetDocument } from '../../utils/rules/types';
import { RuleSetPreview } from './RuleSetPreview';

interface Props {
  doc: RuleSetDocument;
  signed: 'unsigned' | 'valid';
  fingerprint?: string;
  onUse(): void;
  onCancel(): void;
}

/**
 * A checked rule set waiting for the person's yes: what it contains, then "Use this rule set"
 * or "Cancel". Nothing is stored before the yes. Focus moves to the heading, so screen-reader
 * and keyboard users land on what they are asked to check.
 */
export function PendingRuleSet({ doc, signed, fingerprint, onUse, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [doc]);
  return (
    <div class="card">
      <h2 ref={heading} tabIndex={-1}>
        {t('importPreviewHeading')}
      </h2>
      <RuleSetPreview doc={doc} signed={signed} fingerprint={fingerprint} />
      <div class="actions">
        <button class="button" type="button" onClick={onUse}>
          {t('importUse')}
        </button>
        <button class="button button--quiet" type="button" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </div>
  );
}
