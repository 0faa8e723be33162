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
  /** Attribute of `item` with a stable participant id; without one, the name is the key. */
  id?: string;
  /** `item` is you when it matches this, or contains a match. */
  self?: string;
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
  /** A label the client adds to your own name: " (Host, me)", "(Ich)". Stripped, marks you. */
  selfLabel?: RegExp;
  /** Is the call recorded? null: the client does not show it (readably). */
  recording?(doc: Document): boolean | null;
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

function nameOf(item: Element, source: NameSource): string {
  if (source.attr) {
    const raw = item.getAttribute(source.attr) ?? '';
    return clean(source.prefix && raw.startsWith(source.prefix) ? raw.slice(source.prefix.length) : raw);
  }
  for (const selector of source.name ?? []) {
    for (const element of item.querySelectorAll(selector)) {
      const text = clean(element.textContent);
      if (text) return text;
    }
  }
  return '';
}

/**
 * A new adapter for one call page. What it remembers (the name typed before joining) lives in this
 * closure, so two pages, or two tests, never share it.
 */
export function domAdapter(spec: DomSpec): ClientAdapter {
  /** The name you typed on the pre-join page: the clients do not all mark your own tile. */
  let typed = '';
  const nameSelectors = spec.sources.flatMap((s) => s.name ?? []);
  const structural = [
    spec.prejoinName,
    spec.inCall,
    ...spec.sources.map((s) => s.item),
    ...nameSelectors,
    ...(spec.watch ? [spec.watch] : []),
  ].join(',');
  /** Elements whose text can be (part of) a name, a count or a status. */
  const texty = [...spec.sources.map((s) => s.item), ...(spec.watch ? [spec.watch] : [])].join(',');
  const attrs = [...new Set(['value', ...spec.sources.flatMap((s) => (s.attr ? [s.attr] : []))])];

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
    const count = spec.count?.(doc) ?? null;

    const people = new Map<string, Participant>();
    let items = 0;
    for (const source of spec.sources) {
      for (const item of doc.querySelectorAll(source.item)) {
        items++;
        let name = nameOf(item, source);
        let isSelf = source.self !== undefined && (item.matches(source.self) || item.querySelector(source.self) !== null);
        const label = spec.selfLabel?.exec(name);
        if (label) {
          name = name.slice(0, label.index).trim();
          isSelf = true;
        }
        if (!name) continue;
        const key = (source.id && item.getAttribute(source.id)) || `name:${name}`;
        const person = people.get(key) ?? { id: key, name, isSelf: false, shownIn: [] };
        person.isSelf ||= isSelf;
        if (!person.shownIn.includes(source.shownIn)) person.shownIn.push(source.shownIn);
        people.set(key, person);
      }
    }
    // The outer marker may change while tiles, rows or the head count stay (a new release): still a
    // call, read it or say it cannot be read, never leave it silent.
    if (!doc.querySelector(spec.inCall) && items === 0 && !count) return snapshot;
    snapshot.phase = 'in-call';
    snapshot.recording = spec.recording?.(doc) ?? null;
    const list = [...people.values()];
    // No mark on your own tile: the name you typed before joining is yours.
    if (!list.some((p) => p.isSelf) && typed) for (const p of list) if (p.name === typed) p.isSelf = true;
    snapshot.participants = list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf));
    snapshot.selfName = list.find((p) => p.isSelf)?.name ?? null;

    if (count) snapshot.headCount = count;
    // Never an all-clear for a call that cannot be read (fixed reasons: they end up in finding keys).
    if (items === 0) snapshot.unreadable = 'no participant elements';
    else if (list.length === 0) snapshot.unreadable = 'no participant names';
    return snapshot;
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
  };
}
