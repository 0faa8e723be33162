import type { RuleSetError } from './errors';
import type { RuleSetDocument } from './types';

export type RuleSetSource = 'file' | 'share-code' | 'share-link' | 'subscription' | 'organiser';

export interface Subscription {
  url: string;
  lastChecked: number | null;
  /** Why the last check failed, or null when it was fine. */
  lastError: RuleSetError | null;
}

/** A rule set the user accepted, as kept in `storage.local` (ruleSetsItem, utils/platform/storage.ts). */
export interface StoredRuleSet {
  doc: RuleSetDocument;
  acceptedAt: number;
  source: RuleSetSource;
  subscription?: Subscription;
  /** Meeting keys (resolve.ts meetingKey) of links this rule set gave to another group's rule set (writer/claims.ts). */
  yieldedMeetings?: string[];
}

export interface RuleSetLibrary {
  ruleSets: Readonly<Record<string, StoredRuleSet>>;
  activeRuleSetId: string | null;
  managedRuleSet: RuleSetDocument | null;
}
