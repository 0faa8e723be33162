// Meeting links stay with their group: which kept rule set answers for a link, and which other
// kept rule sets a new one would take calls from. A rule set can give a link away ("yield" it) when
// the person let another group's rule set take over those calls; the signed document stays as it is.
import { meetingKey } from '../resolve';
import type { StoredRuleSet } from '../stored';
import type { RuleSetDocument } from '../types';

const keysOf = (meetings: readonly string[] | undefined): string[] =>
  (meetings ?? []).map(meetingKey).filter((key): key is string => key !== null);

/** The meeting links (normalised) a kept rule set still answers for. */
export function claimedBy(stored: StoredRuleSet): Set<string> {
  const yielded = new Set(keysOf(stored.yieldedMeetings));
  return new Set(keysOf(stored.doc.meetings).filter((key) => !yielded.has(key)));
}

export interface Claim {
  /** The other kept rule set's id and title. */
  id: string;
  title: string;
  /** The links both list, as the new document spells them. */
  meetings: string[];
}

/** The other kept rule sets whose calls `doc` would take over (a rule set never conflicts with its own id). */
export function claimsOf(doc: RuleSetDocument, ruleSets: Readonly<Record<string, StoredRuleSet>>): Claim[] {
  const claims: Claim[] = [];
  for (const [id, stored] of Object.entries(ruleSets)) {
    if (id === doc.id) continue;
    const theirs = claimedBy(stored);
    const shared = (doc.meetings ?? []).filter((meeting) => {
      const key = meetingKey(meeting);
      return key !== null && theirs.has(key);
    });
    if (shared.length > 0) claims.push({ id, title: stored.doc.title, meetings: shared });
  }
  return claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
