// What the organiser has handed out: the last signed document per rule-set id. "Publish an
// update" starts from it, and every new document is checked against it exactly as a
// participant's browser that holds it would check the update (higher version, same key).
import type { ImportContext } from '../rules/import';
import type { RuleSetDocument } from '../rules/schema';

export type Published = Readonly<Record<string, RuleSetDocument>>;

/** The list with `doc` as the latest of its id. */
export function recordPublished(published: Published, doc: RuleSetDocument): Published {
  return { ...published, [doc.id]: doc };
}

/**
 * What a participant who took every published document would check a new one against.
 * A published document of the same id pins its key and sets the version to beat.
 */
export function checkContext(published: Published): ImportContext {
  return { active: null, known: published, pinnedKeys: {} };
}

/** Sorted by title, for the list of published rule sets. */
export function publishedList(published: Published): RuleSetDocument[] {
  return Object.values(published).sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
