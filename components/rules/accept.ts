import type { RuleSetError } from '../../utils/rules/errors';
import type { Pending } from '../../utils/rules/preview';
import { changeRuleSets } from '../../utils/rules/writer/client';

/**
 * "Use this rule set": the background's one writer checks the document again against what is kept
 * at that moment (a newer version, another key, a rival for its meeting links), so a preview left
 * open can never downgrade or overwrite anything. Returns the title taken over, or why not.
 */
export async function acceptPending(pending: Pending): Promise<{ title: string } | { error: RuleSetError }> {
  const result = await changeRuleSets({
    kind: 'accept',
    text: JSON.stringify(pending.doc),
    source: pending.source,
    ...(pending.follow ? { follow: pending.follow } : {}),
    takeOver: pending.claims.map((claim) => claim.id),
  });
  return result.ok ? { title: pending.doc.title } : { error: result.error };
}
