import type { RuleSetDocument } from './types';

export type RuleSetSource = 'file' | 'share-code' | 'share-link' | 'subscription' | 'organiser';

export interface Subscription {
  url: string;
  lastChecked: number | null;
  /** The i18n key and substitutions of the last failure, or null when the last check was fine. */
  lastError: { key: string; substitutions: string[] } | null;
}

/** A rule set the user accepted, as kept in `storage.local` under KEYS.ruleSets. */
export interface StoredRuleSet {
  doc: RuleSetDocument;
  acceptedAt: number;
  source: RuleSetSource;
  subscription?: Subscription;
}

export interface RuleSetLibrary {
  ruleSets: Readonly<Record<string, StoredRuleSet>>;
  activeRuleSetId: string | null;
  managedRuleSet: RuleSetDocument | null;
}
