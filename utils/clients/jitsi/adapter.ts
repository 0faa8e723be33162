import { bool, list, literal, parsePlain, record, text as textOf } from '../common/plain-data';
import type { BridgeData, CallPhase, CallSnapshot, ClientAdapter, Participant, ShownIn } from '../types';
import { emptySnapshot } from '../types';

/**
 * Jitsi Meet adapter. Everything it knows about Jitsi's page is in `selectors` (each with the
 * jitsi/jitsi-meet source file it comes from) and in the bridge message shape below.
 * Names are read with textContent only: they are untrusted page text.
 */
const selectors = {
  /** react/features/conference/components/web/Conference.tsx: the conference page (also behind the pre-join screen). */
  conferencePage: '#videoconference_page',
  /** react/features/filmstrip/components/web/Filmstrip.tsx: the container of all thumbnails (not rendered on pre-join). */
  filmstrip: '#remoteVideos',
  /** react/features/filmstrip/components/web/Thumbnail.tsx: every thumbnail is a span.videocontainer. */
  tile: 'span.videocontainer',
  /** Thumbnail.tsx: the local thumbnail's id (`localVideoContainer`, `_<filmstripType>` outside the main filmstrip). */
  localTile: '#localVideoContainer',
  /** Thumbnail.tsx: remote thumbnail ids are `participant_<endpointId>` (`_<filmstripType>` outside the main filmstrip). */
  remoteTileIdPrefix: 'participant_',
  /** react/features/display-name/components/web/DisplayName.tsx, elementID from ThumbnailBottomIndicators.tsx. */
  localName: '#localDisplayName',
  /** DisplayName.tsx / ThumbnailBottomIndicators.tsx: `participant_${participantId}_name`. */
  remoteName: 'span[id^="participant_"][id$="_name"]',
  remoteNameIdPrefix: 'participant_',
  remoteNameIdSuffix: '_name',
  /**
   * react/features/filmstrip/components/web/VirtualScreenshareParticipant.tsx: a screen share gets its own thumbnail
   * and name, id `<ownerId>-v<n>` (base/participants/functions.ts getVirtualScreenshareParticipantOwnerId splits at
   * '-'); endpoint ids have no '-'. Not a person.
   */
  virtualScreenshareIdSeparator: '-',
  /**
   * react/features/display-name/functions.ts appendSuffix: the local name is shown as "<name> (<suffix>)",
   * suffix interfaceConfig.DEFAULT_LOCAL_DISPLAY_NAME ('me' in interface_config.js), or the suffix alone.
   */
  localNameSuffix: 'me',
  /**
   * react/features/base/ui/components/web/ListItem.tsx, id from participants-pane/components/web/ParticipantItem.tsx.
   * Only the participants pane (ParticipantsPane.tsx, #participants-pane) renders these rows.
   */
  paneRow: '[id^="participant-item-"]',
  paneRowIdPrefix: 'participant-item-',
  /**
   * ListItem.tsx renders row > [div(icon), div(details) > div(name column) > textChildren]; ParticipantItem.tsx's
   * textChildren are div(nameContainer) > [div(name), <span>&nbsp;({youText})</span> for the local participant].
   * Its classes are generated (tss-react), so the name is found by position.
   */
  paneRowName: ':scope > div:nth-child(2) > div:first-child > div:first-child > div:first-child',
  paneRowYou: ':scope > div:nth-child(2) > div:first-child > div:first-child > span',
  /** react/features/participants-pane/components/web/LobbyParticipantItems.tsx: knocking participants' rows. */
  lobbyList: '#lobby-list',
  /** react/features/prejoin/components/web/Prejoin.tsx: data-testid 'prejoin.screen' (tests/pageobjects/PreJoinScreen.ts). */
  prejoinScreen: '[data-testid="prejoin.screen"]',
  /** Prejoin.tsx: the name field `premeeting-name-input` (tests/pageobjects/PreJoinScreen.ts). */
  prejoinName: '#premeeting-name-input',
  /** index.html: Jitsi's app bundle, present before React renders anything. */
  appBundle: 'script[src*="libs/app.bundle.min.js"]',
} as const;

/** Hosts of the hosted Jitsi services; self-hosted servers are recognised by markup. */
const HOSTS = ['meet.jit.si', '8x8.vc'];

const MAX_PARTICIPANTS = 5000;
const MAX_TEXT = 1000;
const MAX_SESSIONS = 100;

// ---------------------------------------------------------------------------------------------
// Bridge: what entrypoints/jitsi-bridge.ts posts from the page's MAIN world. The page can read and
// forge these messages: they are validated like any untrusted input and carry only plain data.

const text = textOf(MAX_TEXT);
const id = textOf(MAX_TEXT, 1);

const bridgeState = record({
  phase: literal('prejoin', 'in-call', 'unknown'),
  participants: list(record({ id, name: text, role: text, local: bool, localRecording: bool }), MAX_PARTICIPANTS),
  knocking: list(record({ id, name: text }), MAX_PARTICIPANTS),
  recordings: list(record({ mode: text, status: text }), MAX_SESSIONS),
  screenSharing: bool,
  security: record({ lobbyEnabled: bool, passwordSet: bool }),
});

const bridgeMessage = record({
  source: literal('vertraulich:jitsi'),
  version: literal(1),
  state: bridgeState,
});

/** The validated state a bridge message carries. */
export type JitsiBridgeState = ReturnType<typeof bridgeState>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Cheap size check before the schema walks anything: forged input may be huge. */
function withinLimits(data: unknown): boolean {
  if (!isRecord(data) || !isRecord(data.state)) return false;
  const { participants, knocking, recordings } = data.state;
  return (
    Array.isArray(participants) &&
    participants.length <= MAX_PARTICIPANTS &&
    Array.isArray(knocking) &&
    knocking.length <= MAX_PARTICIPANTS &&
    Array.isArray(recordings) &&
    recordings.length <= MAX_SESSIONS
  );
}

export function parseBridgeMessage(data: unknown): JitsiBridgeState | null {
  if (!withinLimits(data)) return null;
  return parsePlain(bridgeMessage, data)?.state ?? null;
}

/** `read` gets what `parse` returned (typed unknown by the interface): a cheap shape check. */
function asBridgeState(data: BridgeData | null): JitsiBridgeState | null {
  if (!isRecord(data)) return null;
  const { participants, knocking, recordings } = data;
  return Array.isArray(participants) && Array.isArray(knocking) && Array.isArray(recordings)
    ? (data as JitsiBridgeState)
    : null;
}

// ---------------------------------------------------------------------------------------------
// DOM reading

const clean = (value: string | null | undefined): string => (value ?? '').trim().slice(0, MAX_TEXT);

/** "Sabine Wagner (me)" → "Sabine Wagner"; the suffix alone means no name was set. */
function stripLocalSuffix(shown: string): string {
  const suffix = selectors.localNameSuffix;
  if (shown === suffix) return '';
  const tail = ` (${suffix})`;
  return shown.endsWith(tail) ? shown.slice(0, -tail.length).trim() : shown;
}

function paneRowEntry(row: Element): { id: string; name: string; isSelf: boolean } | null {
  const rowId = row.id.slice(selectors.paneRowIdPrefix.length);
  const nameElement = row.querySelector(selectors.paneRowName);
  if (!rowId || !nameElement) return null;
  return { id: rowId, name: clean(nameElement.textContent), isSelf: row.querySelector(selectors.paneRowYou) !== null };
}

function remoteNameId(element: Element): string {
  return element.id.slice(selectors.remoteNameIdPrefix.length, -selectors.remoteNameIdSuffix.length);
}

function recordingFrom(bridge: JitsiBridgeState): boolean {
  return (
    bridge.recordings.some((session) => session.status === 'on') ||
    bridge.participants.some((participant) => participant.localRecording)
  );
}

/** The own endpoint id seen in the last read, so `elementFor` can find the local thumbnail. */
let lastSelfId: string | null = null;

function read(doc: Document, bridgeData: BridgeData | null): CallSnapshot {
  const bridge = asBridgeState(bridgeData);
  const snapshot = emptySnapshot(jitsiAdapter.id);
  const bridgeLocal = bridge?.participants.find((participant) => participant.local) ?? null;
  if (bridge) {
    snapshot.recording = recordingFrom(bridge);
    snapshot.screenSharing = bridge.screenSharing;
    snapshot.security = { moderator: bridgeLocal?.role === 'moderator', ...bridge.security };
  }

  const filmstrip = doc.querySelector(selectors.filmstrip);
  const nameInput = doc.querySelector(selectors.prejoinName);
  // The store also says pre-join while you wait in the lobby (LobbyScreen, no filmstrip).
  const prejoinShown =
    doc.querySelector(selectors.prejoinScreen) !== null ||
    nameInput !== null ||
    (bridge?.phase === 'prejoin' && filmstrip === null);
  const inCallShown = filmstrip !== null || doc.querySelector(selectors.conferencePage) !== null;
  const phase: CallPhase = prejoinShown ? 'prejoin' : inCallShown ? 'in-call' : (bridge?.phase ?? 'unknown');
  snapshot.phase = phase;

  if (phase === 'prejoin') {
    const typed = nameInput && 'value' in nameInput && typeof nameInput.value === 'string' ? clean(nameInput.value) : '';
    snapshot.selfName = typed || bridgeLocal?.name || null;
    return snapshot;
  }
  if (phase === 'unknown') {
    snapshot.selfName = bridgeLocal?.name || null;
    return snapshot;
  }

  const people = new Map<string, Participant>();
  const add = (participantId: string, name: string, isSelf: boolean, shownIn?: ShownIn): void => {
    let person = people.get(participantId);
    if (!person) {
      person = { id: participantId, name, isSelf, shownIn: [] };
      people.set(participantId, person);
    } else {
      if (!person.name && name) person.name = name;
      if (isSelf) person.isSelf = true;
    }
    if (shownIn && !person.shownIn.includes(shownIn)) person.shownIn.push(shownIn);
  };

  // The store knows everyone, also when the page hides the names: richest source first.
  for (const participant of bridge?.participants ?? []) add(participant.id, participant.name, participant.local);

  // Participants pane rows (only the pane renders them; its lobby section is read below).
  let paneSelfId: string | null = null;
  let paneRows = 0;
  const lobbyRows: Element[] = [];
  for (const row of doc.querySelectorAll(selectors.paneRow)) {
    if (row.closest(selectors.lobbyList)) {
      lobbyRows.push(row);
      continue;
    }
    paneRows++;
    const entry = paneRowEntry(row);
    if (!entry || !entry.name) continue;
    if (entry.isSelf) paneSelfId = entry.id;
    add(entry.id, entry.name, entry.isSelf, 'pane');
  }

  const selfId = bridgeLocal?.id ?? paneSelfId ?? 'local';
  lastSelfId = selfId;

  // Thumbnails: the local one has its own name id; the same remote name may appear in several filmstrips.
  const localName = doc.querySelector(selectors.localName);
  if (localName) {
    const name = stripLocalSuffix(clean(localName.textContent));
    if (name) add(selfId, name, true, 'tile');
  }
  let remoteNames = 0;
  for (const element of doc.querySelectorAll(selectors.remoteName)) {
    const participantId = remoteNameId(element);
    const name = clean(element.textContent);
    if (!participantId || !name || participantId.includes(selectors.virtualScreenshareIdSeparator)) continue;
    remoteNames++;
    add(participantId, name, participantId === selfId, 'tile');
  }

  // Lobby: people knocking, seen by moderators.
  for (const row of lobbyRows) {
    const entry = paneRowEntry(row);
    if (entry && entry.name) add(entry.id, entry.name, false, 'lobby');
  }
  for (const knocking of bridge?.knocking ?? []) add(knocking.id, knocking.name, false, 'lobby');

  const self = people.get(selfId);
  snapshot.selfName = self?.name || null;
  snapshot.participants = [...people.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf));

  // Never an all-clear for a call that cannot be read. (Fixed reasons: they end up in finding keys.)
  const tiles = doc.querySelectorAll(selectors.tile);
  let remoteTiles = 0;
  for (const tile of tiles) {
    const tileId = tile.id.startsWith(selectors.remoteTileIdPrefix) ? tile.id.slice(selectors.remoteTileIdPrefix.length) : '';
    if (tileId && !tileId.includes(selectors.virtualScreenshareIdSeparator)) remoteTiles++;
  }
  if (people.size === 0 && (tiles.length > 0 || paneRows > 0)) {
    snapshot.unreadable = 'in call, but no participant names found: thumbnails or pane rows without name elements, no store data';
  } else if (!bridge && remoteTiles > 0 && remoteNames === 0 && paneRows === 0) {
    snapshot.unreadable = 'in call, but remote thumbnails have no name elements and there is no store data';
  }
  return snapshot;
}

// ---------------------------------------------------------------------------------------------
// Mutations

/** Elements whose arrival or removal can change participants, names or the phase. */
const STRUCTURAL = [
  selectors.tile,
  selectors.localName,
  selectors.remoteName,
  selectors.paneRow,
  selectors.lobbyList,
  selectors.prejoinScreen,
  selectors.prejoinName,
  selectors.filmstrip,
  selectors.conferencePage,
].join(', ');

/** Elements whose own text is a name. */
const NAME_ELEMENT = [selectors.localName, selectors.remoteName].join(', ');

const isElement = (node: Node | null): node is Element => node !== null && node.nodeType === 1; // ELEMENT_NODE

/** Is `element` (or an ancestor) a name: a thumbnail name, or the name div of a pane/lobby row? */
function insideName(element: Element | null): boolean {
  if (!element) return false;
  if (element.closest(NAME_ELEMENT)) return true;
  const row = element.closest(selectors.paneRow);
  return row !== null && (row.querySelector(selectors.paneRowName)?.contains(element) ?? false);
}

function touchesStructure(nodes: NodeList): boolean {
  for (const node of nodes) {
    if (isElement(node) && (node.matches(STRUCTURAL) || node.querySelector(STRUCTURAL) !== null)) return true;
  }
  return false;
}

function isRelevant(record: MutationRecord): boolean {
  switch (record.type) {
    case 'characterData':
      return insideName(record.target.parentElement);
    case 'childList':
      return (
        (isElement(record.target) && insideName(record.target)) ||
        touchesStructure(record.addedNodes) ||
        touchesStructure(record.removedNodes)
      );
    case 'attributes':
      if (record.attributeName === 'id') return true;
      // React keeps the value attribute of controlled inputs in sync while typing.
      return record.attributeName === 'value' && isElement(record.target) && record.target.matches(selectors.prejoinName);
    default:
      return false;
  }
}

function elementFor(doc: Document, participantId: string): Element | null {
  const tile = doc.getElementById(`${selectors.remoteTileIdPrefix}${participantId}`);
  if (tile) return tile;
  // Outside the main filmstrip the thumbnail id has a suffix; the name id never has.
  const name = doc.getElementById(`${selectors.remoteNameIdPrefix}${participantId}${selectors.remoteNameIdSuffix}`);
  const around = name?.closest(selectors.tile);
  if (around) return around;
  const row = doc.getElementById(`${selectors.paneRowIdPrefix}${participantId}`);
  const isSelf = participantId === lastSelfId || (row?.querySelector(selectors.paneRowYou) ?? null) !== null;
  return isSelf ? doc.querySelector(selectors.localTile) : null;
}

export const jitsiAdapter: ClientAdapter = {
  id: 'jitsi',
  label: 'Jitsi Meet',
  recognises(doc: Document, url: URL): boolean {
    if (HOSTS.includes(url.hostname)) return true;
    return (
      doc.querySelector(
        [
          selectors.conferencePage,
          selectors.prejoinScreen,
          selectors.prejoinName,
          `${selectors.tile}${selectors.localTile}`,
          selectors.appBundle,
        ].join(', '),
      ) !== null
    );
  },
  read,
  isRelevant,
  observedAttributes: ['id', 'value'],
  elementFor,
  // Participants pane and lobby rows (the lobby row ends with the admit and reject buttons).
  rowFor: (doc, participantId) => doc.getElementById(`${selectors.paneRowIdPrefix}${participantId}`),
  rosterHelpKey: 'rosterHelp_jitsi',
  bridge: {
    script: '/content-scripts/jitsi-bridge.js',
    parse: parseBridgeMessage,
  },
};
