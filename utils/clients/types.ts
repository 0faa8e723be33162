import type { MessageKey } from '../platform/i18n';

/**
 * What a client adapter turns a call page into. Plain data only: no DOM nodes, so a
 * snapshot can be compared, logged, sent to the background and fed to pure guards.
 */

/** Where in the page a participant's name was seen. */
export type ShownIn = 'tile' | 'pane' | 'lobby';

export interface Participant {
  /** Stable id from the client (Jitsi endpoint id), unique within one snapshot. */
  id: string;
  /** The name as the page shows it, untrusted text. */
  name: string;
  /**
   * You, as the client's own local state or markup says (never the name's text: anyone can call
   * themself "Eve (Me)"). False for everyone where the client marks nobody.
   */
  isSelf: boolean;
  shownIn: ShownIn[];
}

export type CallPhase = 'prejoin' | 'in-call' | 'unknown';

export interface CallSnapshot {
  client: string;
  phase: CallPhase;
  /** The name you appear under: typed on the pre-join page, or shown in the call. */
  selfName: string | null;
  /** Everyone else, and yourself when the client lists you too (isSelf). */
  participants: Participant[];
  /** null: this client does not tell, or the adapter could not read it. */
  recording: boolean | null;
  /**
   * With `recording: true`: the client shows the recording as paused (Zoom, to the host). Paused is
   * not stopped: the recording exists and may go on at any moment.
   */
  recordingPaused?: true;
  /**
   * The client shows you a paused recording like a stopped one (Zoom's attendees lose the indicator
   * when the host pauses): when the recording goes away, it may only be paused.
   */
  recordingPauseHidden?: true;
  screenSharing: boolean | null;
  /** Organiser security where the client exposes it (Jitsi's own state); absent: unknown. */
  security?: { moderator: boolean; lobbyEnabled: boolean; passwordSet: boolean };
  /**
   * Set when the page looks like a call of this client but the adapter could not read it
   * (selectors stopped matching, the page threw). Guards turn it into `client-unreadable`.
   */
  unreadable: string | null;
  /**
   * The client's own count of the people in the call, you included (Zoom's "Participants (100)",
   * the people buttons of Teams and Meet), where the page shows one. Higher than the people read:
   * a virtualised list or paged gallery shows only part of the call (the `coverage-partial` finding).
   */
  headCount?: number;
  /**
   * Only `checked` of the client's `total` could be read: everyone read once in this call counts as
   * checked (common/coverage.ts). Absent: everyone was, or the client shows no head count.
   */
  coverage?: { checked: number; total: number };
}

/** Plain data a MAIN-world bridge posted, already validated. Adapter-specific shape. */
export type BridgeData = unknown;

export interface ClientAdapter {
  /** Short id, used in messages, fixtures folder names and the popup. */
  id: string;
  /** Human name of the client ("Jitsi Meet"). */
  label: string;
  /** Does this page belong to this client? Checked by markup and globals, not only by host. */
  recognises(doc: Document, url: URL): boolean;
  /** Read the page. May throw: the loop turns a throw into `client-unreadable`. */
  read(doc: Document, bridge: BridgeData | null): CallSnapshot;
  /**
   * Cheap test whether a DOM mutation can change what `read` returns. The loop skips
   * re-reads for everything else (active-speaker classes, audio levels, clocks).
   */
  isRelevant(record: MutationRecord): boolean;
  /** Attribute names whose changes matter (passed to the MutationObserver's attributeFilter). */
  observedAttributes: string[];
  /** The element to badge for a participant, if any: their video tile. */
  elementFor?(doc: Document, participantId: string): Element | null;
  /**
   * The participant's row in the participants list or the lobby list (beside the admit button), to
   * badge as well. Optional: an adapter without it gets tile badges and the overlay's list only.
   */
  rowFor?(doc: Document, participantId: string): Element | null;
  /** The elements inside a tile or row from `elementFor`/`rowFor` that show the name: its badge keeps off them. */
  namesIn?(target: Element): readonly Element[];
  /**
   * Message key of a short help text on acting on someone not on the group's list, in this client's
   * words ("send back to the lobby or remove"). Site knowledge, so it lives here and not in a guard.
   */
  rosterHelpKey?: MessageKey;
  /**
   * The parts of the page the person acts in (name field, join button, toolbar, participants and lobby
   * lists, chat input), from the client's layout.ts: the overlay places itself where it covers none.
   */
  neededRegions?(doc: Document): Element[];
  /** The pre-join name field, when shown: "Use 'Ute B.'" writes there, on the person's click only. */
  nameField?(doc: Document): HTMLInputElement | null;
  /** Message key of the steps to change one's shown name during the call, in this client's words. */
  renameHelpKey?: MessageKey;
  /**
   * The client runs its call in a sub-frame (Zoom's web client in iframe#webclient): the content
   * script may pick this adapter inside frames. Every other adapter is only used in the top frame.
   */
  inFrames?: boolean;
  /** The client keeps its state in page globals: what its MAIN-world bridge posts is parsed here. */
  bridge?: {
    /** Validates a message the page posted; returns null for anything malformed or foreign. */
    parse(data: unknown): BridgeData | null;
  };
}

/** One line of the registry (registry.ts): plain data, so the MAIN-world scripts can use it. */
export interface CallClient {
  /** The folder utils/clients/<id>/ and the adapter's id. */
  id: string;
  /** Match patterns of the client's hosted service (its hosts.ts); empty for self-hosted-only clients. */
  matches: string[];
  /**
   * The name of the client's MAIN-world bridge, an entrypoint of its own (entrypoints/<name>.content.ts),
   * started at document_idle, when the client's own globals can be there.
   */
  bridge?: string;
  /** The call runs in a sub-frame (Zoom's iframe#webclient): the client's content script goes into all frames. */
  frames?: true;
  /** Groups run their own servers of it: its adapter is in the content script for self-hosted servers. */
  selfHosted?: true;
}

export const emptySnapshot = (client: string): CallSnapshot => ({
  client,
  phase: 'unknown',
  selfName: null,
  participants: [],
  recording: null,
  screenSharing: null,
  unreadable: null,
});
