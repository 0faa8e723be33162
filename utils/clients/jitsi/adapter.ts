import { matchesAny } from '../common/match-pattern';
import type { BridgeData, CallPhase, CallSnapshot, ClientAdapter, Participant, ShownIn } from '../types';
import { emptySnapshot } from '../types';
import { JITSI_BRIDGE_LIMITS, parseJitsiBridgeMessage, type JitsiBridgeState } from './bridge-message';
import { JITSI_MATCHES } from './hosts';
import { recognises } from './recognise';
import {
  localNameSuffix,
  paneRowIdPrefix,
  remoteNameIdPrefix,
  remoteNameIdSuffix,
  remoteTileIdPrefix,
  virtualScreenshareIdSeparator,
  selectors,
} from './selectors';
import { layout } from './layout';

/**
 * Jitsi Meet adapter. What it knows of Jitsi's page is in selectors.ts (each with the jitsi/jitsi-meet
 * source file it comes from and the fixtures it was seen in), of Jitsi's hosts in hosts.ts, and of
 * Jitsi's store in bridge-message.ts (what the MAIN-world bridge posts). Names are read with
 * textContent only: they are untrusted page text.
 */

const MAX_TEXT = JITSI_BRIDGE_LIMITS.text;

/** `read` gets what `bridge.parse` returned (typed unknown by the interface): a cheap shape check. */
function asBridgeState(data: BridgeData | null): JitsiBridgeState | null {
  if (typeof data !== 'object' || data === null) return null;
  const { participants, knocking, recordings } = data as Record<string, unknown>;
  return Array.isArray(participants) && Array.isArray(knocking) && Array.isArray(recordings)
    ? (data as JitsiBridgeState)
    : null;
}

// ---------------------------------------------------------------------------------------------
// DOM reading

const clean = (value: string | null | undefined): string => (value ?? '').trim().slice(0, MAX_TEXT);

/** "Sabine Wagner (me)" → "Sabine Wagner"; the suffix alone means no name was set. */
function stripLocalSuffix(shown: string): string {
  const suffix = localNameSuffix;
  if (shown === suffix) return '';
  const tail = ` (${suffix})`;
  return shown.endsWith(tail) ? shown.slice(0, -tail.length).trim() : shown;
}

function paneRowEntry(row: Element): { id: string; name: string; isSelf: boolean } | null {
  const rowId = row.id.slice(paneRowIdPrefix.length);
  const nameElement = row.querySelector(selectors.paneRowName);
  if (!rowId || !nameElement) return null;
  return { id: rowId, name: clean(nameElement.textContent), isSelf: row.querySelector(selectors.paneRowYou) !== null };
}

function remoteNameId(element: Element): string {
  return element.id.slice(remoteNameIdPrefix.length, -remoteNameIdSuffix.length);
}

function recordingFrom(bridge: JitsiBridgeState): boolean {
  return (
    bridge.recordings.some((session) => session.status === 'on') ||
    bridge.participants.some((participant) => participant.localRecording)
  );
}

/** What one adapter (one call page) remembers between reads. */
interface Memory {
  /** The own endpoint id seen in the last read, so `elementFor` can find the local thumbnail. */
  selfId: string | null;
}

function read(doc: Document, bridgeData: BridgeData | null, memory: Memory): CallSnapshot {
  const bridge = asBridgeState(bridgeData);
  const snapshot = emptySnapshot('jitsi');
  const bridgeLocal = bridge?.participants.find((participant) => participant.local) ?? null;
  if (bridge) {
    snapshot.recording = recordingFrom(bridge);
    snapshot.screenSharing = bridge.screenSharing;
    snapshot.security = { moderator: bridgeLocal?.role === 'moderator', ...bridge.security };
  }

  const filmstrip = doc.querySelector(selectors.filmstrip);
  const nameInput = doc.querySelector(selectors.prejoinName) ?? doc.querySelector(selectors.lobbyName);
  // Waiting in the lobby yourself (LobbyScreen, no filmstrip) is pre-join too; the store says so as well.
  const prejoinShown =
    doc.querySelector(selectors.prejoinScreen) !== null ||
    nameInput !== null ||
    doc.querySelector(selectors.lobbyScreen) !== null ||
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
  memory.selfId = selfId;

  // Thumbnails: the local one has its own name id; the same remote name may appear in several filmstrips.
  const localName = doc.querySelector(selectors.localName);
  if (localName) {
    const name = stripLocalSuffix(clean(localName.textContent));
    if (name) add(selfId, name, true, 'tile');
  }
  for (const element of doc.querySelectorAll(selectors.remoteName)) {
    const participantId = remoteNameId(element);
    const name = clean(element.textContent);
    if (!participantId || !name || participantId.includes(virtualScreenshareIdSeparator)) continue;
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
  let unnamed = 0;
  for (const tile of tiles) {
    const tileId = tile.id.startsWith(remoteTileIdPrefix) ? tile.id.slice(remoteTileIdPrefix.length) : '';
    // Endpoint ids have no '_': what follows is the filmstrip type. A person on the page whose
    // name neither the store nor the page gave was not read.
    if (tileId && !tileId.includes(virtualScreenshareIdSeparator) && !people.get(tileId.split('_')[0]!)?.name) unnamed++;
  }
  if (people.size === 0 && (tiles.length > 0 || paneRows > 0)) snapshot.unreadable = 'no participant names';
  // Without store data the page hides names; with it, the store validated but holds fewer people than the page shows.
  else if (unnamed > 0) snapshot.unreadable = bridge ? 'store short of page' : 'no names, no store';
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
  selectors.lobbyScreen,
  selectors.lobbyName,
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
      return record.attributeName === 'value' && isElement(record.target) && record.target.matches(`${selectors.prejoinName}, ${selectors.lobbyName}`);
    default:
      return false;
  }
}

function elementFor(doc: Document, participantId: string, memory: Memory): Element | null {
  const tile = doc.getElementById(`${remoteTileIdPrefix}${participantId}`);
  if (tile) return tile;
  // Outside the main filmstrip the thumbnail id has a suffix; the name id never has.
  const name = doc.getElementById(`${remoteNameIdPrefix}${participantId}${remoteNameIdSuffix}`);
  const around = name?.closest(selectors.tile);
  if (around) return around;
  const row = doc.getElementById(`${paneRowIdPrefix}${participantId}`);
  const isSelf = participantId === memory.selfId || (row?.querySelector(selectors.paneRowYou) ?? null) !== null;
  return isSelf ? doc.querySelector(selectors.localTile) : null;
}

/** A Jitsi adapter for one call page: what it remembers (your endpoint id) is its own. */
export function createAdapter(): ClientAdapter {
  const memory: Memory = { selfId: null };
  return {
    id: 'jitsi',
    label: 'Jitsi Meet',
    recognises,
    read: (doc, bridge) => read(doc, bridge, memory),
    isRelevant,
    observedAttributes: ['id', 'value'],
    elementFor: (doc, participantId) => elementFor(doc, participantId, memory),
    // Participants pane and lobby rows (the lobby row ends with the admit and reject buttons).
    rowFor: (doc, participantId) => doc.getElementById(`${paneRowIdPrefix}${participantId}`),
    // The tile's display name, or the row's name column.
    namesIn: (target) => [...target.querySelectorAll(`${selectors.remoteName}, ${selectors.localName}, ${selectors.paneRowName}`)],
    rosterHelpKey: 'rosterHelp_jitsi',
    // Where the person acts (the overlay keeps off it) and where "Use 'Ute B.'" writes.
    ...layout,
    bridge: { parse: parseJitsiBridgeMessage },
  };
}
