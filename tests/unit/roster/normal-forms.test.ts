import { describe, expect, it } from 'vitest';
import { hashMembers, newSalt } from '../../../utils/roster/engine/hmac';
import { createRosterEngine } from '../../../utils/roster/engine';
import { normaliseForRoster, normaliseName, rosterForms, skeleton } from '../../../utils/roster/engine/normal-forms';
import type { Roster } from '../../../utils/rules/types';
import { RuleSetSchema } from '../../../utils/rules/schema';
import { minimal, SALT } from '../rules/corpus';

describe('normalising names for the roster', () => {
  it('folds case, compatibility forms and spacing', () => {
    expect(normaliseName('  Sabine   WAGNER ')).toBe('sabine wagner');
    expect(normaliseName('Ｓａｂｉｎｅ')).toBe('sabine'); // full-width
    expect(normaliseName('Weiß')).toBe('weiss');
    expect(normaliseName('Jo\u0308rg')).toBe('jörg'); // NFKC composes
    expect(normaliseName('Anna\u00a0Lena\u3000K.')).toBe('anna lena k.');
  });

  it('removes zero-width and bidi controls', () => {
    expect(normaliseName('An\u200bna')).toBe('anna');
    expect(normaliseName('\u202eanna\u202c')).toBe('anna');
    expect(normaliseName('A\u200dn\ufeffn\u00ada\u2066')).toBe('anna');
    expect(normaliseName('\u3164')).toBe(''); // Hangul filler, a "blank" name
  });

  it('maps look-alike characters to the same skeleton (UTS #39)', () => {
    const anna = normaliseForRoster('Anna');
    expect(normaliseForRoster('\u0410nna')).toBe(anna); // Cyrillic А
    expect(normaliseForRoster('\u0430nn\u0430')).toBe(anna); // Cyrillic а
    expect(rosterForms('ΑΝΝΑ')).toContain(anna); // Greek capitals, before folding makes ν of Ν
    expect(normaliseForRoster('J0hn')).toBe(normaliseForRoster('John')); // zero → O → o
    expect(normaliseForRoster('Emma')).toBe(normaliseForRoster('Ernrna')); // m ≈ rn
    expect(normaliseForRoster('Anna')).not.toBe(normaliseForRoster('Anne'));
    expect(skeleton('\u0430')).toBe('a');
  });

  it('keeps the plain form apart, so look-alikes stay detectable', () => {
    expect(normaliseName('\u0410nna')).not.toBe(normaliseName('Anna'));
  });

  it('is idempotent', () => {
    for (const name of ['\u0410nna', 'J0hn', 'Weiß', '%', 'Ǆemal', 'ﬃ', 'İlkay']) {
      const once = normaliseForRoster(name);
      expect(normaliseForRoster(once), name).toBe(once);
    }
  });
});

/** One member hash, as the workshop makes it. */
const memberHash = async (name: string, salt: string) => (await hashMembers([name], salt))[0]!;
/** Whether the call page's check finds the name on the list (as a member or as a look-alike of one). */
const listed = async (name: string, roster: Roster) => (await createRosterEngine().check([name], roster, []))[0]!.match !== 'unknown';

describe('roster hashes', () => {
  it('are keyed hashes of the skeleton that do not contain the name', async () => {
    const hash = await memberHash('Sabine', SALT);
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash.toLowerCase()).not.toContain('sabine');
    expect(await memberHash(' sabine ', SALT)).toBe(hash);
    expect(await memberHash('Sаbine', SALT)).toBe(hash); // Cyrillic а
    expect(await memberHash('Sabine', newSalt())).not.toBe(hash);
  });

  it('are HMAC-SHA-256 with the salt as key', async () => {
    const key = await crypto.subtle.importKey('raw', Buffer.from(SALT, 'base64url'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('sabine'));
    expect(await memberHash('Sabine', SALT)).toBe(Buffer.from(mac).toString('base64url'));
  });

  it('fit the schema, with no name in the document', async () => {
    const members = await hashMembers(['Sabine', 'Ahmet', 'Jörg'], SALT);
    const doc = { ...minimal(), roster: { salt: newSalt(), members } };
    expect(RuleSetSchema.safeParse(doc).success).toBe(true);
    expect(JSON.stringify(doc).toLowerCase()).not.toMatch(/sabine|ahmet|jörg|jorg/);
  });

  it('match display names, look-alikes included, and never blank ones', async () => {
    const roster = { salt: SALT, members: await hashMembers(['Sabine', 'Ahmet'], SALT) };
    expect(await listed('SABINE', roster)).toBe(true);
    expect(await listed('\u0410hmet', roster)).toBe(true);
    expect(await listed('ΑΗΜΕΤ', roster)).toBe(true); // Greek capitals
    expect(await listed('sabine', roster)).toBe(true);
    expect(await listed('Sabina', roster)).toBe(false);
    const withBlank = { salt: SALT, members: [...roster.members, await memberHash('', SALT)] };
    expect(await listed('\u200b\u3164', withBlank)).toBe(false);
  });

  it('makes fresh 32-byte salts', () => {
    const salt = newSalt();
    expect(Buffer.from(salt, 'base64url')).toHaveLength(32);
    expect(newSalt()).not.toBe(salt);
  });
});
