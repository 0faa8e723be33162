// Rule-set documents for the tests: valid ones, and invalid ones with the error each must give.
import type { RuleSetError } from '../../../utils/rules/errors';
import type { RuleSetDocument } from '../../../utils/rules/schema';

export const SALT = 'c2FsdC1mb3ItdGhlLXRlc3QtZ3JvdXAtMzJieXRlcyE'; // 32 bytes
export const HASH_A = 'kK5MuEnh9wxJ7h3QHfZ8Qm0P-nw0wqzJm4m8cFvS0vE'; // 32 bytes each
export const HASH_B = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';
export const KEY = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo'; // RFC 8032 test 1 public key
export const SIG = `${'A'.repeat(85)}A`; // right shape, wrong value

/** The smallest valid document. */
export function minimal(): RuleSetDocument {
  return {
    format: 'vertraulich.ruleset/1',
    id: 'gruppe-mitte',
    version: 1,
    title: 'Gruppe Mitte',
    rules: [{ id: 'no-recordings', text: { de: 'Keine Aufnahmen.', en: 'No recordings.' } }],
  };
}

/** A document with every optional field (unsigned). */
export function full(): RuleSetDocument {
  return {
    ...minimal(),
    names: { policy: 'first-name' },
    roster: { salt: SALT, members: [HASH_A, HASH_B], expected: 12 },
    reminders: { atJoin: true, everyMinutes: 30 },
    meetings: ['https://meet.jit.si/GruppeMitte', 'https://zoom.us/j/123456789?pwd=abc'],
    organiser: { name: 'Sabine', key: KEY },
  };
}

type Json = Record<string, any>;
export interface InvalidCase {
  name: string;
  input: string;
  error: RuleSetError;
}

const doc = (change: (d: Json) => void, base: () => Json = full): string => {
  const d = base();
  change(d);
  return JSON.stringify(d);
};
const f = (code: RuleSetError['code'], field: string, ...rest: string[]): RuleSetError => ({ code, field, params: [field, ...rest] });

export const VALID: { name: string; doc: RuleSetDocument }[] = [
  { name: 'minimal', doc: minimal() },
  { name: 'every optional field', doc: full() },
  { name: 'empty roster and meetings', doc: { ...minimal(), roster: { salt: SALT, members: [] }, meetings: [] } },
  { name: 'longest title, 30 rules, 500-char texts', doc: { ...minimal(), title: 'T'.repeat(80), rules: Array.from({ length: 30 }, (_, i) => ({ id: `r-${i}`, text: { de: 'ä'.repeat(500), en: 'e'.repeat(500) } })) } },
  { name: 'salt of 16 bytes', doc: { ...minimal(), roster: { salt: 'AAAAAAAAAAAAAAAAAAAAAA', members: [HASH_A] } } },
  { name: 'salt of 64 bytes', doc: { ...minimal(), roster: { salt: `${'A'.repeat(84)}AA`, members: [HASH_A] } } },
  { name: 'reminders off', doc: { ...minimal(), reminders: { atJoin: false, everyMinutes: 0 } } },
];

export const INVALID: InvalidCase[] = [
  { name: 'not JSON', input: 'Regeln: keine Aufnahmen', error: { code: 'not-json' } },
  { name: 'truncated JSON', input: JSON.stringify(full()).slice(0, 100), error: { code: 'not-json' } },
  { name: 'JSON array', input: '[1,2]', error: { code: 'not-ruleset' } },
  { name: 'JSON null', input: 'null', error: { code: 'not-ruleset' } },
  { name: 'format missing', input: doc((d) => delete d.format), error: { code: 'not-ruleset' } },
  { name: 'other format', input: doc((d) => (d.format = 'something/1')), error: { code: 'not-ruleset' } },
  { name: 'later format', input: doc((d) => (d.format = 'vertraulich.ruleset/2')), error: { code: 'format-unsupported', params: ['vertraulich.ruleset/2'] } },
  { name: 'unknown top-level field', input: doc((d) => (d.reminder = {})), error: f('unknown-field', 'reminder') },
  { name: 'unknown nested field', input: doc((d) => (d.rules[0].text.fr = 'Pas d’enregistrement.')), error: f('unknown-field', 'rules[1].text.fr') },
  { name: '__proto__ field', input: JSON.stringify(full()).replace('{', '{"__proto__":{"x":1},'), error: f('unknown-field', '__proto__') },
  { name: 'id missing', input: doc((d) => delete d.id), error: f('missing-field', 'id') },
  { name: 'English text missing', input: doc((d) => delete d.rules[0].text.en), error: f('missing-field', 'rules[1].text.en') },
  { name: 'roster salt missing', input: doc((d) => delete d.roster.salt), error: f('missing-field', 'roster.salt') },
  { name: 'version as text', input: doc((d) => (d.version = '2')), error: f('wrong-type', 'version') },
  { name: 'rules not a list', input: doc((d) => (d.rules = { id: 'x' })), error: f('wrong-type', 'rules') },
  { name: 'atJoin as text', input: doc((d) => (d.reminders.atJoin = 'yes')), error: f('wrong-type', 'reminders.atJoin') },
  { name: 'version 0', input: doc((d) => (d.version = 0)), error: f('number-too-small', 'version', '1') },
  { name: 'version 1.5', input: doc((d) => (d.version = 1.5)), error: f('not-whole-number', 'version') },
  { name: 'everyMinutes 241', input: doc((d) => (d.reminders.everyMinutes = 241)), error: f('number-too-large', 'reminders.everyMinutes', '240') },
  { name: 'expected 0', input: doc((d) => (d.roster.expected = 0)), error: f('number-too-small', 'roster.expected', '1') },
  { name: 'title of 500 chars', input: doc((d) => (d.title = 'x'.repeat(500))), error: f('text-too-long', 'title', '80') },
  { name: 'empty title', input: doc((d) => (d.title = '')), error: f('text-empty', 'title') },
  { name: 'rule text of 501 chars', input: doc((d) => (d.rules[0].text.de = 'x'.repeat(501))), error: f('text-too-long', 'rules[1].text.de', '500') },
  { name: 'organiser name too long', input: doc((d) => (d.organiser.name = 'x'.repeat(81))), error: f('text-too-long', 'organiser.name', '80') },
  { name: 'no rules', input: doc((d) => (d.rules = [])), error: f('too-few-items', 'rules', '1') },
  { name: '31 rules', input: doc((d) => (d.rules = Array.from({ length: 31 }, (_, i) => ({ id: `r${i}`, text: { de: 'x', en: 'x' } })))), error: f('too-many-items', 'rules', '30') },
  { name: '51 meetings', input: doc((d) => (d.meetings = Array.from({ length: 51 }, (_, i) => `https://meet.jit.si/r${i}`))), error: f('too-many-items', 'meetings', '50') },
  { name: '2001 members', input: doc((d) => (d.roster.members = Array.from({ length: 2001 }, () => HASH_A))), error: f('too-many-items', 'roster.members', '2000') },
  { name: 'upper-case id', input: doc((d) => (d.id = 'Gruppe-Mitte')), error: f('bad-id', 'id') },
  { name: 'id of 65 chars', input: doc((d) => (d.id = 'a'.repeat(65))), error: f('bad-id', 'id') },
  { name: 'rule id with space', input: doc((d) => (d.rules[0].id = 'no recordings')), error: f('bad-id', 'rules[1].id') },
  { name: 'http meeting link', input: doc((d) => (d.meetings[1] = 'http://zoom.us/j/1')), error: f('bad-url', 'meetings[2]') },
  { name: 'meeting link with a space', input: doc((d) => (d.meetings[0] = 'https://meet.jit.si/a b')), error: f('bad-url', 'meetings[1]') },
  { name: 'meeting link of 501 chars', input: doc((d) => (d.meetings[0] = `https://meet.jit.si/${'a'.repeat(481)}`)), error: f('text-too-long', 'meetings[1]', '500') },
  { name: 'name policy unknown', input: doc((d) => (d.names.policy = 'initials')), error: f('invalid-choice', 'names.policy', '"any", "first-name"') },
  { name: 'member hash too short', input: doc((d) => (d.roster.members[1] = HASH_B.slice(0, 42))), error: f('bad-encoding', 'roster.members[2]') },
  { name: 'member hash with padding', input: doc((d) => (d.roster.members[0] = `${HASH_A}=`)), error: f('bad-encoding', 'roster.members[1]') },
  { name: 'plain name in roster', input: doc((d) => (d.roster.members[0] = 'Sabine Wagner')), error: f('bad-encoding', 'roster.members[1]') },
  { name: 'salt of 15 bytes', input: doc((d) => (d.roster.salt = 'AAAAAAAAAAAAAAAAAAAA')), error: f('bad-encoding', 'roster.salt') },
  { name: 'key as standard base64', input: doc((d) => (d.organiser.key = KEY.replace('_', '/'))), error: f('bad-encoding', 'organiser.key') },
  { name: 'key with non-canonical last char', input: doc((d) => (d.organiser.key = `${KEY.slice(0, 42)}p`)), error: f('bad-encoding', 'organiser.key') },
  { name: 'signature too short', input: doc((d) => (d.signature = SIG.slice(0, 80))), error: f('bad-encoding', 'signature') },
  { name: 'duplicate member', input: doc((d) => (d.roster.members = [HASH_A, HASH_A])), error: f('duplicate-entry', 'roster.members') },
  { name: 'signature without organiser', input: doc((d) => { delete d.organiser; d.signature = SIG; }), error: { code: 'signature-without-key' } },
  { name: 'signature that does not match', input: doc((d) => (d.signature = SIG)), error: { code: 'tampered' } },
];
