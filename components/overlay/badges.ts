// Small badges on the call page itself: "Not on the list" on a participant's video tile and on
// their row in the participants or lobby list (beside the admit button), so the organiser sees
// at a glance whom the overlay means. Each badge is its own tiny element with an open shadow
// root, appended as the last child of the element the adapter points at:
// - the page's own nodes are never changed, only one child added (React keeps working: it never
//   reads children it did not render), and page styles cannot reach into the badge;
// - the badge holds a fixed label, never the name (the name is in the overlay, as text);
// - when the page re-renders a tile without our badge, the next sync puts it back.
// Part of the roster engine's script (entrypoints/roster-engine.ts wires them in), loaded only
// with a roster: the labels come from the content script (`label`), which has the extension's messages.
import type { ClientAdapter } from '../../utils/clients/types';
import { isAboutPerson, type Finding } from '../../utils/checks/guards/types';
import type { MessageKey } from '../../utils/platform/i18n';
import type { Badges } from '../../utils/roster/engine-api';

export const BADGE_HOST_NAME = 'vertraulich-badge';

/** Most telling first: one badge per element. */
const BADGES: readonly (readonly [Finding['kind'], MessageKey])[] = [
  ['lookalike-name', 'rosterBadge_lookalike'],
  ['duplicate-name', 'rosterBadge_duplicate'],
  ['unknown-participant', 'rosterBadge_unknown'],
];

const CSS = `
:host { all: initial; position: absolute; top: 6px; left: 6px; z-index: 5; pointer-events: none; }
:host([data-place="row"]) { position: static; display: inline-flex; align-self: center; margin: 0 6px; }
span { display: inline-block; font: 600 12px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  background: #fffdf7; color: #7a3306; border: 1px solid #b45309; border-radius: 6px; padding: 2px 6px;
  box-shadow: 0 1px 4px rgb(0 0 0 / 0.3); white-space: nowrap; }
@media (forced-colors: active) { span { border: 2px solid CanvasText; } }
`;

interface Placed {
  host: HTMLElement;
  label: HTMLSpanElement;
}

function makeBadge(doc: Document, place: 'tile' | 'row'): Placed {
  const host = doc.createElement(BADGE_HOST_NAME);
  host.setAttribute('data-place', place);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const label = doc.createElement('span');
  root.append(style, label);
  return { host, label };
}

export function createBadges(doc: Document, adapter: ClientAdapter, label: (key: MessageKey) => string): Badges {
  const placed = new Map<Element, Placed>();
  let last: readonly Finding[] = [];

  const wanted = (findings: readonly Finding[]) => {
    const labels = new Map<Element, { text: string; place: 'tile' | 'row' }>();
    for (const [kind, key] of BADGES) {
      for (const finding of findings) {
        if (finding.kind !== kind || !isAboutPerson(finding)) continue;
        const targets: [Element | null, 'tile' | 'row'][] = [
          [adapter.elementFor?.(doc, finding.participantId) ?? null, 'tile'],
          [adapter.rowFor?.(doc, finding.participantId) ?? null, 'row'],
        ];
        for (const [target, place] of targets) {
          if (target && !labels.has(target)) labels.set(target, { text: label(key), place });
        }
      }
    }
    return labels;
  };

  const sync = (findings: readonly Finding[]) => {
    last = findings;
    let labels: Map<Element, { text: string; place: 'tile' | 'row' }>;
    try {
      labels = wanted(findings);
    } catch {
      return; // an adapter that cannot point at elements gets no badges; the overlay still lists everyone
    }
    for (const [target, badge] of placed) {
      if (!labels.has(target) || !target.isConnected) {
        badge.host.remove();
        placed.delete(target);
      }
    }
    for (const [target, { text, place }] of labels) {
      let badge = placed.get(target);
      if (!badge) {
        badge = makeBadge(doc, place);
        placed.set(target, badge);
      }
      if (badge.label.textContent !== text) badge.label.textContent = text;
      // Put back a badge the page removed (a re-rendered row), at the end, where it was.
      if (badge.host.parentNode !== target) target.append(badge.host);
    }
  };

  return { sync, resync: () => sync(last) };
}
