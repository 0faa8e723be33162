import { createWriter } from '../../../utils/rules/writer/writer';
import { localStateStore } from '../../../utils/rules/writer/local-store';
import type { RuleSetSource } from '../../../utils/rules/stored';
import type { RuleSetDocument } from '../../../utils/rules/types';

/** The one writer over fakeBrowser's storage.local, as the background runs it. */
export const writer = createWriter(localStateStore);

/** "Use this rule set" for `doc`, through the writer (fails the test when it is refused). */
export async function acceptRuleSet(doc: RuleSetDocument, source: RuleSetSource, follow?: string): Promise<void> {
  const result = await writer.run({ kind: 'accept', text: JSON.stringify(doc), source, ...(follow ? { follow } : {}) });
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
}
