// The organiser's rule set while it is being written: plain form state (strings as typed), and
// the one function that turns it into a `vertraulich.ruleset/1` document. No browser APIs, no
// clocks: the workshop component stores the draft and signs the result.
//
// The roster is hashes only. Names go in through addNames() and come out as HMACs keyed with
// the draft's salt; the draft never holds a name, so neither does anything that stores it.
import { DEFAULT_RULE_SET } from '../rules/default-rule-set';
import type { RuleSetError } from '../rules/errors';
import { hashExact, hashMembers, newSalt } from '../roster/engine/hmac';
import { normaliseForRoster } from '../roster/engine/normal-forms';
import { RULESET_FORMAT, type RuleSetDocument } from '../rules/schema';
import type { NamePolicy } from '../rules/types';

export interface DraftRule {
  /** The rule's id in the document; kept across updates so a rule stays "the same rule". */
  id: string;
  de: string;
  en: string;
}

export interface Draft {
  id: string;
  title: string;
  /** As typed; a whole number >= 1 once built. */
  version: string;
  rules: DraftRule[];
  policy: NamePolicy;
  /**
   * The per-rule-set HMAC key and the members' hashes. Never names. `exact`: the plain-form
   * hashes that tell members from look-alikes (docs/roster.md); missing for a roster started
   * before they existed, which cannot get them without its names.
   */
  roster: { salt: string; members: string[]; exact?: string[] };
  /** As typed; empty means "not given". */
  expected: string;
  /** One https link per line, as typed. */
  meetings: string;
  atJoin: boolean;
  /** As typed; 0-240. */
  everyMinutes: string;
  /** Who signs, as the group knows them. */
  organiserName: string;
}

/** A new draft with the built-in rules and a fresh roster salt. */
export function newDraft(salt: string = newSalt()): Draft {
  return {
    id: '',
    title: '',
    version: '1',
    rules: DEFAULT_RULE_SET.rules.map((rule) => ({ id: rule.id, de: rule.text.de, en: rule.text.en })),
    policy: DEFAULT_RULE_SET.names?.policy ?? 'any',
    roster: { salt, members: [], exact: [] },
    expected: '',
    meetings: '',
    atJoin: true,
    everyMinutes: '0',
    organiserName: '',
  };
}

/**
 * The draft for an update of a published document: everything as it was, the version one
 * higher. The roster keeps its salt, so its hashes stay valid and new names can be added.
 */
export function draftForUpdate(doc: RuleSetDocument, salt: string = newSalt()): Draft {
  return {
    id: doc.id,
    title: doc.title,
    version: String(doc.version + 1),
    rules: doc.rules.map((rule) => ({ id: rule.id, de: rule.text.de, en: rule.text.en })),
    policy: doc.names?.policy ?? 'any',
    roster: doc.roster ? rosterOf(doc.roster) : { salt, members: [], exact: [] },
    expected: doc.roster?.expected === undefined ? '' : String(doc.roster.expected),
    meetings: (doc.meetings ?? []).join('\n'),
    atJoin: doc.reminders?.atJoin ?? false,
    everyMinutes: String(doc.reminders?.everyMinutes ?? 0),
    organiserName: doc.organiser?.name ?? '',
  };
}

/** A published roster as draft state. Without `exact` hashes, an empty list can start them; a full one cannot. */
function rosterOf(roster: NonNullable<RuleSetDocument['roster']>): Draft['roster'] {
  const exact = roster.exact ? [...roster.exact] : roster.members.length === 0 ? [] : undefined;
  return { salt: roster.salt, members: [...roster.members], ...(exact ? { exact } : {}) };
}

/** A rule id not yet used in the draft: rule-1, rule-2, … */
export function nextRuleId(rules: readonly DraftRule[]): string {
  const used = new Set(rules.map((rule) => rule.id));
  for (let n = rules.length + 1; ; n++) {
    const id = `rule-${n}`;
    if (!used.has(id)) return id;
  }
}

export function addRule(draft: Draft): Draft {
  return { ...draft, rules: [...draft.rules, { id: nextRuleId(draft.rules), de: '', en: '' }] };
}

export function removeRule(draft: Draft, index: number): Draft {
  return { ...draft, rules: draft.rules.filter((_, i) => i !== index) };
}

/** A suggestion for the id from the title: "Gruppe Mitte Süd" → "gruppe-mitte-sued". */
export function idFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** The names in a textarea: one per line; blank lines and names of only invisible characters are dropped. */
export function parseNames(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && normaliseForRoster(line) !== '');
}

export interface RosterChange {
  draft: Draft;
  /** Names whose hash was added (or removed). */
  changed: number;
  /** Names that were already on the list (or, when removing, not on it). */
  unchanged: number;
}

/**
 * Adds the names as hashes: the look-alike form to `members` and, where the draft keeps them, the
 * plain form to `exact`. Names that normalise alike ("Anna", "ANNA") count once.
 */
export async function addNames(draft: Draft, text: string): Promise<RosterChange> {
  const names = parseNames(text);
  const hashes = await hashMembers(names, draft.roster.salt);
  // An empty list starts exact hashes (also in a draft stored before they existed).
  const keepsExact = draft.roster.exact !== undefined || draft.roster.members.length === 0;
  const exactHashes = keepsExact ? await hashExact(names, draft.roster.salt) : null;
  const members = [...draft.roster.members];
  const exact = keepsExact ? [...(draft.roster.exact ?? [])] : undefined;
  let changed = 0;
  hashes.forEach((hash, i) => {
    let added = false;
    if (!members.includes(hash)) {
      members.push(hash);
      added = true;
    }
    const plain = exactHashes?.[i];
    if (exact && plain !== undefined && !exact.includes(plain)) {
      exact.push(plain);
      added = true;
    }
    if (added) changed++;
  });
  return { draft: { ...draft, roster: { ...draft.roster, members, ...(exact ? { exact } : {}) } }, changed, unchanged: names.length - changed };
}

/** Takes the names' hashes off the list (both forms). */
export async function removeNames(draft: Draft, text: string): Promise<RosterChange> {
  const names = parseNames(text);
  const gone = new Set(await hashMembers(names, draft.roster.salt));
  const members = draft.roster.members.filter((hash) => !gone.has(hash));
  const changed = draft.roster.members.length - members.length;
  let roster: Draft['roster'] = { ...draft.roster, members };
  if (draft.roster.exact) {
    const goneExact = new Set(await hashExact(names, draft.roster.salt));
    roster = { ...roster, exact: draft.roster.exact.filter((hash) => !goneExact.has(hash)) };
  }
  return { draft: { ...draft, roster }, changed, unchanged: names.length - changed };
}

/** An empty list with a fresh salt: the old hashes cannot be linked to the new ones. */
export function clearRoster(draft: Draft, salt: string = newSalt()): Draft {
  return { ...draft, roster: { salt, members: [], exact: [] } };
}

/** The meeting links: one per line, blanks dropped. */
export function parseMeetings(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export type BuildResult = { ok: true; doc: RuleSetDocument } | { ok: false; error: RuleSetError };

const fieldError = (code: RuleSetError['code'], field: string): BuildResult => ({ ok: false, error: { code, field, params: [field] } });

/**
 * A number typed into a form field. Anything that is a finite number goes on to the schema,
 * which says precisely what is wrong with 2.5 or -1; text that is no number at all is
 * caught here, because NaN has no JSON form and could not even be signed.
 */
function typedNumber(text: string, field: string): number | BuildResult {
  const trimmed = text.trim();
  if (trimmed === '') return fieldError('missing-field', field);
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : fieldError('not-whole-number', field);
}

/**
 * The document the draft describes, unsigned; with `organiser` it is ready to be signed.
 * Validation is left to the import check (utils/rules/import.ts), so the organiser sees
 * exactly what a participant's browser would say.
 */
export function buildDocument(draft: Draft, organiser?: { name: string; key: string }): BuildResult {
  const version = typedNumber(draft.version, 'version');
  if (typeof version !== 'number') return version;
  const everyMinutes = typedNumber(draft.everyMinutes, 'reminders.everyMinutes');
  if (typeof everyMinutes !== 'number') return everyMinutes;
  let expected: number | undefined;
  if (draft.expected.trim() !== '') {
    const value = typedNumber(draft.expected, 'roster.expected');
    if (typeof value !== 'number') return value;
    expected = value;
  }

  const meetings = parseMeetings(draft.meetings);
  const doc: RuleSetDocument = {
    format: RULESET_FORMAT,
    id: draft.id.trim(),
    version,
    title: draft.title.trim(),
    rules: draft.rules.map((rule) => ({ id: rule.id, text: { de: rule.de.trim(), en: rule.en.trim() } })),
    names: { policy: draft.policy },
    ...(draft.roster.members.length > 0 || expected !== undefined
      ? {
          roster: {
            salt: draft.roster.salt,
            members: [...draft.roster.members],
            ...(draft.roster.exact && draft.roster.members.length > 0 ? { exact: [...draft.roster.exact] } : {}),
            ...(expected === undefined ? {} : { expected }),
          },
        }
      : {}),
    reminders: { atJoin: draft.atJoin, everyMinutes },
    ...(meetings.length > 0 ? { meetings } : {}),
    ...(organiser ? { organiser: { name: organiser.name.trim(), key: organiser.key } } : {}),
  };
  return { ok: true, doc };
}
