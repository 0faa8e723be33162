import { meetingKey } from '../rules/resolve';
import type { RuleSetLibrary } from '../rules/stored';

/** What the person said about a call, per meeting link (popup: "my group's call" / "not my group's call"). */
export type CallMark = 'group' | 'not-group';
/** Meeting key (utils/rules/resolve.ts meetingKey) → the person's word on it. */
export type CallMarks = Readonly<Record<string, CallMark>>;

export interface GroupCallInputs {
  url: string;
  library: RuleSetLibrary;
  marks: CallMarks;
  /** The person chose "check every call". */
  checkEveryCall: boolean;
  /** The page is on a server the person added as their group's own (options page). */
  ownServer: boolean;
  /**
   * The client is one groups use for their own calls and seldom for work (Jitsi Meet,
   * BigBlueButton, Nextcloud Talk): checked while nothing says which calls are the group's.
   * Zoom, Teams and Meet are not: most of their calls are work calls.
   */
  checkedBeforeSetup: boolean;
}

export type GroupCallReason =
  /** The person said so for this call. */
  | 'marked'
  /** A kept rule set, or the organisation's, lists this call's link. */
  | 'listed'
  | 'own-server'
  | 'every-call'
  /** Nothing is set up yet that names the group's calls, and this client is checked until then. */
  | 'before-setup';

export type GroupCallDecision =
  | { group: true; reason: GroupCallReason }
  /** marked-not: the person said "not my group's call"; unlisted: nothing makes it the group's. */
  | { group: false; reason: 'marked-not' | 'unlisted' };

function listedBy(library: RuleSetLibrary, key: string): boolean {
  const docs = [library.managedRuleSet, ...Object.values(library.ruleSets).map((stored) => stored.doc)];
  return docs.some((doc) => doc?.meetings?.some((meeting) => meetingKey(meeting) === key) === true);
}

/** Do any rule set's meeting links, or any call marked as the group's, say which calls are the group's? */
function groupCallsNamed(library: RuleSetLibrary, marks: CallMarks): boolean {
  const docs = [library.managedRuleSet, ...Object.values(library.ruleSets).map((stored) => stored.doc)];
  return docs.some((doc) => (doc?.meetings?.length ?? 0) > 0) || Object.values(marks).includes('group');
}

/**
 * Is this call the group's? Only then does the extension act in the page; on any other call it
 * leaves no trace there (docs/privacy.md "Which calls are checked"). The person's own word wins,
 * then the group's meeting links, their own servers, and "check every call".
 */
export function decideGroupCall(inputs: GroupCallInputs): GroupCallDecision {
  const key = meetingKey(inputs.url);
  const mark = key !== null && Object.hasOwn(inputs.marks, key) ? inputs.marks[key] : undefined;
  if (mark === 'not-group') return { group: false, reason: 'marked-not' };
  if (mark === 'group') return { group: true, reason: 'marked' };
  if (key !== null && listedBy(inputs.library, key)) return { group: true, reason: 'listed' };
  if (inputs.ownServer) return { group: true, reason: 'own-server' };
  if (inputs.checkEveryCall) return { group: true, reason: 'every-call' };
  if (inputs.checkedBeforeSetup && !groupCallsNamed(inputs.library, inputs.marks)) return { group: true, reason: 'before-setup' };
  return { group: false, reason: 'unlisted' };
}

/** The marks with this call marked (or its mark taken back with null). */
export function withMark(marks: CallMarks, url: string, mark: CallMark | null): CallMarks {
  const key = meetingKey(url);
  if (key === null) return marks;
  const next: Record<string, CallMark> = { ...marks };
  if (mark === null) delete next[key];
  else next[key] = mark;
  return next;
}
