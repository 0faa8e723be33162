import type { CallSnapshot, ClientAdapter, Participant, ShownIn } from '../types';
import { emptySnapshot } from '../types';

/**
 * One small engine for the clients whose names are plain DOM (Zoom, Teams, Meet, BigBlueButton).
 * Each adapter is a `DomSpec`: its selectors (with their sources) and a few small functions. The
 * engine only reads text and attributes (untrusted page text, never markup) and never throws on
 * markup it does not know: what it cannot read becomes `unreadable`, never an all-clear.
 * Kept lean on purpose: it ships in the content script, which has a 20 KB (gzip) budget.
 */
export interface NameSource {
  /** Each element matching this stands for one participant (a video tile, a list row). */
  item: string;
  /** Selectors inside `item` tried in order; the first element with text holds the name. */
  name?: readonly string[];
  /** Or: the attribute of `item` that holds the name (BigBlueButton's aria-label). */
  attr?: string;
  /** Cut from the start of `attr` (Teams: data-tid="participantsInCall-<name>"). */
  prefix?: string;
  /** `attr` holds more than the name: the name ends before the first of these (teams.live.com: "Alice, video is on"). */
  until?: string;
  /**
   * `attr` ends with a label the client appends (BigBlueButton's squeezed tile: "<name> Webcam options"):
   * the name is what comes before it. An `attr` that does not end with it gives no name at all.
   */
  attrLabel?: RegExp;
  /** Values of `attr` that are never a name (Teams' structural test ids, an account's e-mail address). */
  attrNot?: RegExp;
  /** Attribute of `item` with a stable participant id; without one, the name is the key. */
  id?: string;
  /**
   * `item` is you when it matches this, or contains a match: an element the client renders for you
   * only (Meet's data-self-name, BigBlueButton's userListItemCurrent), never the name's own text.
   */
  self?: string;
  /** The `self` element is the client's own label element (Zoom's name-label): it marks you only when its text matches. */
  selfText?: RegExp;
  /**
   * `item` is only a part of the tile (BigBlueButton's squeezed webcam: its options button): the badge
   * goes over `item`'s closest ancestor matching this. Without it, `item` itself is the tile or row.
   */
  box?: string;
  shownIn: ShownIn;
}

export interface DomSpec {
  id: string;
  label: string;
  /** Recognise the page (host, path, markup). */
  recognises(doc: Document, url: URL): boolean;
  /**
   * The pre-join name field; its presence means "pre-join". May also name a pre-join screen without
   * the field (Nextcloud Talk's device check): only an <input> is read as the name typed.
   */
  prejoinName: string;
  /** Present only in the call itself. */
  inCall: string;
  sources: NameSource[];
  /**
   * Labels the client writes into the same text as the name, with no element of their own (Teams'
   * " (Guest)"): one at the end, stacked ones too, are taken off. They never mark you: anyone can type
   * them into their own name, so "you" comes only from `self`.
   */
  labels?: RegExp;
  /**
   * A screen shown while joining or reconnecting, before the call can be read (Zoom's #wc-loading): the
   * page is waiting, not unreadable. Hidden by an inline `display: none`, which counts as gone.
   */
  waiting?: string;
  /** Is the call recorded? null: the client does not show it (readably). */
  recording?(doc: Document): boolean | null;
  /** Is the recording paused (it may go on)? Asked only while `recording` says true. */
  recordingPaused?(doc: Document): boolean;
  /** The client hides a paused recording from some people, as if it had stopped (snapshot.recordingPauseHidden). */
  recordingPauseHidden?: true;
  /** The client's own head count, if it shows one. */
  count?(doc: Document): number | null;
  /** Selectors (besides items and names) whose appearance changes the snapshot. */
  watch?: string;
  inFrames?: boolean;
}

const MAX_TEXT = 1000;
const clean = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
const isElement = (node: Node | null): node is Element => node !== null && node.nodeType === 1;

/** The last number in a text: "Participants (12)" → 12. */
export function countIn(element: Element | null): number | null {
  const found = element?.textContent?.match(/(\d+)\D*$/);
  return found ? Number(found[1]) : null;
}

/** The name element's text first; the attribute only when no name element has text. */
function nameOf(item: Element, source: NameSource): string {
  for (const selector of source.name ?? []) {
    for (const element of item.querySelectorAll(selector)) {
      const text = clean(element.textContent);
      if (text) return text;
    }
  }
  if (!source.attr) return '';
  let raw = item.getAttribute(source.attr) ?? '';
  if (source.attrNot?.test(raw)) return '';
  if (source.prefix && raw.startsWith(source.prefix)) raw = raw.slice(source.prefix.length);
  if (source.until && raw.includes(source.until)) raw = raw.slice(0, raw.indexOf(source.until));
  if (source.attrLabel) {
    const label = source.attrLabel.exec(raw);
    raw = label ? raw.slice(0, label.index) : '';
  }
  return clean(raw);
}

/** Takes the client's own trailing labels off a name, stacked ones one by one ("Bob (Guest) (Unverified)"). */
function withoutLabels(name: string, labels: RegExp | undefined): string {
  let out = name;
  for (let label = labels?.exec(out); label && label.index > 0; label = labels?.exec(out)) out = out.slice(0, label.index).trim();
  return out;
}

function isSelfItem(item: Element, source: NameSource): boolean {
  if (source.self === undefined) return false;
  const marks = item.matches(source.self) ? [item] : [...item.querySelectorAll(source.self)];
  return marks.some((mark) => !source.selfText || source.selfText.test(clean(mark.textContent)));
}

/** Shown while the client joins or reconnects; an inline display:none hides it (Zoom keeps the element). */
function isShown(element: Element | null): boolean {
  return element !== null && (element as HTMLElement).style?.display !== 'none';
}

/** The participant id `read` gives the person of one item: the client's id attribute, else the name. */
const keyOf = (item: Element, source: NameSource, name: string): string => (source.id && item.getAttribute(source.id)) || `name:${name}`;

/**
 * A new adapter for one call page. What it remembers (the name typed before joining) lives in this
 * closure, so two pages, or two tests, never share it.
 */
export function domAdapter(spec: DomSpec): ClientAdapter {
  /**
   * The name you typed on the pre-join page, for the pre-join steps that no longer show the field.
   * Never used to find you in the call: anyone can take the same name.
   */
  let typed = '';
  const nameSelectors = spec.sources.flatMap((s) => s.name ?? []);
  const structural = [
    spec.prejoinName,
    spec.inCall,
    ...spec.sources.map((s) => s.item),
    ...nameSelectors,
    ...(spec.watch ? [spec.watch] : []),
    ...(spec.waiting ? [spec.waiting] : []),
  ].join(',');
  /** Elements whose text can be (part of) a name, a count or a status. */
  const texty = [...spec.sources.map((s) => s.item), ...(spec.watch ? [spec.watch] : []), ...(spec.waiting ? [spec.waiting] : [])].join(',');
  const attrs = [
    ...new Set(['value', ...(spec.waiting ? ['style'] : []), ...spec.sources.flatMap((s) => (s.attr ? [s.attr] : []))]),
  ];

  function read(doc: Document): CallSnapshot {
    const snapshot = emptySnapshot(spec.id);
    const input = doc.querySelector(spec.prejoinName);
    if (input) {
      snapshot.phase = 'prejoin';
      // A later pre-join step without the field keeps the name typed in an earlier one.
      if (input.localName === 'input') typed = clean((input as HTMLInputElement).value);
      snapshot.selfName = typed || null;
      return snapshot;
    }
    // Joining, reconnecting: not yet a call to read, so neither "in the call" nor "unreadable".
    if (spec.waiting && isShown(doc.querySelector(spec.waiting))) return snapshot;
    const count = spec.count?.(doc) ?? null;

    const people = new Map<string, Participant>();
    let items = 0;
    for (const source of spec.sources) {
      for (const item of doc.querySelectorAll(source.item)) {
        items++;
        const name = withoutLabels(nameOf(item, source), spec.labels);
        const isSelf = isSelfItem(item, source);
        if (!name) continue;
        const key = keyOf(item, source, name);
        const person = people.get(key) ?? { id: key, name, isSelf: false, shownIn: [] };
        person.isSelf ||= isSelf;
        if (!person.shownIn.includes(source.shownIn)) person.shownIn.push(source.shownIn);
        people.set(key, person);
      }
    }
    // Where the client marks nobody as you, nobody is: every name gets the full checks.
    // The outer marker may change while tiles, rows or the head count stay (a new release): still a
    // call, read it or say it cannot be read, never leave it silent.
    if (!doc.querySelector(spec.inCall) && items === 0 && !count) return snapshot;
    snapshot.phase = 'in-call';
    snapshot.recording = spec.recording?.(doc) ?? null;
    if (snapshot.recording && spec.recordingPaused?.(doc)) snapshot.recordingPaused = true;
    if (spec.recordingPauseHidden) snapshot.recordingPauseHidden = true;
    const list = [...people.values()];
    snapshot.participants = list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf));
    snapshot.selfName = list.find((p) => p.isSelf)?.name ?? null;

    if (count) snapshot.headCount = count;
    // Never an all-clear for a call that cannot be read (fixed reasons: they end up in finding keys).
    if (items === 0) snapshot.unreadable = 'no participant elements';
    else if (list.length === 0) snapshot.unreadable = 'no participant names';
    return snapshot;
  }

  /**
   * Where each participant id came from, found the way `read` found it (the same items, names and
   * keys), so a badge goes over exactly the tile or row that `read` took that person from (the first
   * item of that id among the tiles, or among the list and lobby rows).
   */
  interface Places {
    doc: Document;
    tiles: Map<string, Element>;
    rows: Map<string, Element>;
    /** The name read for each of those elements, for `namesIn`. */
    names: Map<Element, string>;
  }
  let places: Places | null = null;

  function placesIn(doc: Document): Places {
    if (places?.doc === doc) return places;
    const built: Places = { doc, tiles: new Map(), rows: new Map(), names: new Map() };
    for (const source of spec.sources) {
      const into = source.shownIn === 'tile' ? built.tiles : built.rows;
      for (const item of doc.querySelectorAll(source.item)) {
        const name = withoutLabels(nameOf(item, source), spec.labels);
        const key = name ? keyOf(item, source, name) : '';
        const target = (source.box && item.closest(source.box)) || item;
        if (key && !into.has(key)) into.set(key, target);
        if (key) built.names.set(target, name);
      }
    }
    // Built once for one round of look-ups (the badges ask for everyone flagged in one go, in one
    // task): one pass over the page, not one per person. Dropped in a microtask queued now, so before
    // any mutation observer can report a later change of the page and the badges ask again.
    places = built;
    queueMicrotask(() => {
      places = null;
    });
    return built;
  }

  function touches(nodes: NodeList): boolean {
    for (const node of nodes) {
      if (isElement(node) && (node.matches(structural) || node.querySelector(structural) !== null)) return true;
    }
    return false;
  }

  function isRelevant(record: MutationRecord): boolean {
    const target = record.target;
    switch (record.type) {
      case 'characterData':
        return target.parentElement?.closest(texty) != null;
      case 'childList':
        return (isElement(target) && target.closest(texty) !== null) || touches(record.addedNodes) || touches(record.removedNodes);
      default:
        return isElement(target) && target.matches(`${spec.prejoinName},${texty}`);
    }
  }

  return {
    id: spec.id,
    label: spec.label,
    recognises: spec.recognises,
    read,
    isRelevant,
    observedAttributes: attrs,
    inFrames: spec.inFrames,
    elementFor: (doc, participantId) => placesIn(doc).tiles.get(participantId) ?? null,
    rowFor: (doc, participantId) => placesIn(doc).rows.get(participantId) ?? null,
    namesIn: (target) => {
      // Every name element with text in it (Zoom's camera-off tile has two)...
      const found = nameSelectors.length ? [...target.querySelectorAll(nameSelectors.join(','))].filter((e) => clean(e.textContent)) : [];
      if (found.length) return found;
      // ...or, where the name was read from an attribute, the innermost element whose text shows it.
      const name = placesIn(target.ownerDocument).names.get(target);
      const holding = name ? [...target.querySelectorAll('*')].filter((e) => clean(e.textContent).includes(name)) : [];
      return holding.slice(-1);
    },
  };
}
