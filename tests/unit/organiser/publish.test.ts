import { describe, expect, it } from 'vitest';
import { addNames, newDraft, type Draft } from '../../../utils/organiser/draft';
import { formFieldOf, ruleSetFileName, ruleSetFileText, signAndCheck } from '../../../utils/organiser/publish';
import { recordPublished } from '../../../utils/organiser/published';
import { parseRuleSet } from '../../../utils/rules/import';
import { exportPublicKey, generateKeyPair, keyFingerprint } from '../../../utils/rules/signing';
import { decodeShareCode, encodeShareCode } from '../../../utils/rules/share-code';

async function organiser() {
  const pair = await generateKeyPair();
  return { pair, key: await exportPublicKey(pair.publicKey) };
}

function draft(over: Partial<Draft> = {}): Draft {
  return { ...newDraft(), id: 'gruppe-mitte', title: 'Gruppe Mitte', organiserName: 'Sabine', ...over };
}

describe('signing and checking', () => {
  it('gives a signed document a participant accepts, with the organiser filled in', async () => {
    const { pair, key } = await organiser();
    const result = await signAndCheck((await addNames(draft(), 'Ida\nJörg')).draft, pair, key, {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.organiser).toEqual({ name: 'Sabine', key });
    expect(result.doc.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(result.fingerprint).toBe(await keyFingerprint(key));
    // A participant (fresh browser) takes the file and the share code alike.
    const fromFile = await parseRuleSet(ruleSetFileText(result.doc), { active: null, pinnedKeys: {} });
    expect(fromFile).toMatchObject({ ok: true, signed: 'valid', fingerprint: result.fingerprint });
    const decoded = await decodeShareCode(await encodeShareCode(result.doc));
    expect(decoded.ok && JSON.parse(decoded.text)).toEqual(result.doc);
    expect(ruleSetFileName(result.doc)).toBe('gruppe-mitte-v1.json');
  });

  it('refuses what participants would refuse, naming the field', async () => {
    const { pair, key } = await organiser();
    expect(await signAndCheck(draft({ organiserName: ' ' }), pair, key, {})).toMatchObject({ ok: false, error: { code: 'text-empty', field: 'organiser.name' } });
    expect(await signAndCheck(draft({ id: 'Gruppe Mitte' }), pair, key, {})).toMatchObject({ ok: false, error: { code: 'bad-id', field: 'id' } });
  });

  it('asks for a higher version than the published one, and the same key', async () => {
    const { pair, key } = await organiser();
    const first = await signAndCheck(draft(), pair, key, {});
    if (!first.ok) throw new Error('not signed');
    const published = recordPublished({}, first.doc);
    // The very same document again is simply the published one, offered again.
    expect(await signAndCheck(draft(), pair, key, published)).toEqual(first);
    expect(await signAndCheck(draft({ title: 'Neu' }), pair, key, published)).toMatchObject({
      ok: false,
      error: { code: 'version-not-higher', params: ['1', '1'] },
    });
    expect(await signAndCheck(draft({ title: 'Neu', version: '2' }), pair, key, published)).toMatchObject({ ok: true });
    const other = await organiser();
    expect(await signAndCheck(draft({ version: '2' }), other.pair, other.key, published)).toMatchObject({ ok: false, error: { code: 'key-changed' } });
  });
});

describe('errors point into the form', () => {
  it('maps document fields to form fields', () => {
    expect(formFieldOf('title')).toEqual({ field: 'title' });
    expect(formFieldOf('rules[3].text.en')).toEqual({ field: 'rule', position: 3 });
    expect(formFieldOf('rules')).toEqual({ field: 'rules' });
    expect(formFieldOf('meetings[2]')).toEqual({ field: 'meetings', position: 2 });
    expect(formFieldOf('roster.expected')).toEqual({ field: 'expected' });
    expect(formFieldOf('roster.members')).toEqual({ field: 'roster' });
    expect(formFieldOf('reminders.everyMinutes')).toEqual({ field: 'everyMinutes' });
    expect(formFieldOf('organiser.name')).toEqual({ field: 'organiserName' });
    expect(formFieldOf('organiser.key')).toBeNull();
    expect(formFieldOf(undefined)).toBeNull();
  });
});
