// The rule-set types the rest of the extension uses, inferred from the one schema (schema.ts),
// so a field added there is known everywhere without a second definition to keep in step.
import type { RuleSetDocument } from './schema';

export type { RuleSetDocument } from './schema';

/** A validated rule set, as stored and acted on. `names` missing means policy "any". */
export type RuleSet = RuleSetDocument;
export type Rule = RuleSetDocument['rules'][number];
export type LocalisedText = Rule['text'];
export type NamePolicy = NonNullable<RuleSetDocument['names']>['policy'];
/** A rule set's participant list: keyed hashes only (utils/roster/engine/hmac.ts). */
export type Roster = NonNullable<RuleSetDocument['roster']>;
