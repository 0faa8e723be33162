import type { PersonFinding } from '../../utils/checks/guards/types';

/** What the organiser can do about a person who is not (or only seemingly) on the group's list. */
export interface RosterActions {
  /** "Known for this call": the notice goes until the page is reloaded. */
  onKnown(finding: PersonFinding): void;
  /** "Add to my list": kept in this browser, as a keyed hash. */
  onAddToList(finding: PersonFinding): void;
  /** The rule set has a roster to add to. */
  canAdd: boolean;
  /** How to act in this client ("send back to the lobby or remove"), or null. */
  help: string | null;
}
