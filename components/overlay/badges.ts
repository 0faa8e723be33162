// Small badges over the call page: "Not on the list" over a participant's video tile and over
// their row in the participants or lobby list, so the organiser sees at a glance whom the overlay
// means. They are drawn inside the overlay's own shadow root (badge-layer.ts), over the box of the
// element the adapter points at, and never added to the page's own nodes: a page script reading
// its tiles, their styles or its mutation records learns nothing of which names are on the
// group's list. A badge holds a fixed label, never the name (the name is in the overlay, as text).
// Part of the roster engine's script (entrypoints/roster-engine.ts wires them in), loaded only
// with a roster: the labels come from the content script (`label`), which has the extension's messages.
import type { ClientAdapter } from '../../utils/clients/types';
import { isAboutPerson, type Finding } from '../../utils/checks/guards/types';
import type { MessageKey } from '../../utils/platform/i18n';
import type { Badges, BadgeRoot } from '../../utils/roster/engine-api';
import { createBadgeLayer, type WantedBadge } from './badge-layer';

/** Most telling first: one badge per element. */
const BADGES: readonly (readonly [Finding['kind'], MessageKey])[] = [
  ['lookalike-name', 'rosterBadge_lookalike'],
  ['duplicate-name', 'rosterBadge_duplicate'],
  ['unknown-participant', 'rosterBadge_unknown'],
];

export function createBadges(doc: Document, adapter: ClientAdapter, label: (key: MessageKey) => string, host: BadgeRoot): Badges {
  const layer = createBadgeLayer(doc, doc.defaultView ?? window, () => host.mounted?.shadow ?? null);
  let last: readonly Finding[] = [];

  const wanted = (findings: readonly Finding[]) => {
    const labels = new Map<Element, WantedBadge>();
    for (const [kind, key] of BADGES) {
      for (const finding of findings) {
        if (finding.kind !== kind || !isAboutPerson(finding)) continue;
        const targets = [
          [adapter.elementFor?.(doc, finding.participantId) ?? null, 'tile'],
          [adapter.rowFor?.(doc, finding.participantId) ?? null, 'row'],
        ] as const;
        for (const [target, place] of targets) {
          if (target && !labels.has(target)) labels.set(target, { text: label(key), place, names: adapter.namesIn?.(target) ?? [] });
        }
      }
    }
    return labels;
  };

  const sync = (findings: readonly Finding[]) => {
    last = findings;
    let labels: Map<Element, WantedBadge>;
    try {
      labels = wanted(findings);
    } catch {
      return; // an adapter that cannot point at elements gets no badges; the overlay still lists everyone
    }
    layer.show(labels);
  };

  return { sync, resync: () => sync(last) };
}
