import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRuleSet, type ImportContext } from '../../../utils/rules/import';
import type { RuleSetDocument } from '../../../utils/rules/schema';
import { exportPublicKey, generateKeyPair, keyFingerprint, sign } from '../../../utils/rules/signing';
import { full, minimal } from './corpus';

const fresh: ImportContext = { active: null, pinnedKeys: {} };

async function organiser() {
  const pair = await generateKeyPair();
  const key = await exportPublicKey(pair.publicKey);
  const signed = (doc: RuleSetDocument) => sign({ ...doc, organiser: { name: 'Sabine', key } }, pair.privateKey);
  return { key, signed, fingerprint: await keyFingerprint(key) };
}

afterEach(() => vi.restoreAllMocks());

describe('importing a rule set', () => {
  it('accepts a signed rule set and names its key', async () => {
    const sabine = await organiser();
    const doc = await sabine.signed(full());
    expect(await parseRuleSet(JSON.stringify(doc), fresh)).toEqual({ ok: true, doc, signed: 'valid', fingerprint: sabine.fingerprint });
  });

  it('reads files given as Blob or ArrayBuffer, with or without a byte-order mark', async () => {
    const text = JSON.stringify(minimal());
    const bytes = new TextEncoder().encode(`\ufeff${text}`);
    for (const input of [new Blob([bytes]), bytes.buffer, `\ufeff${text}`]) {
      expect(await parseRuleSet(input, fresh)).toMatchObject({ ok: true, doc: minimal() });
    }
    expect(await parseRuleSet(new Uint8Array([0x7b, 0xff, 0x7d]).buffer, fresh)).toEqual({ ok: false, error: { code: 'not-json' } });
  });

  it('refuses files over 256 KB before reading or parsing them', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const read = vi.spyOn(Blob.prototype, 'arrayBuffer');
    const big = `{"format":"vertraulich.ruleset/1","title":"${'x'.repeat(2 * 1024 * 1024)}"}`;
    const tooLarge = { ok: false, error: { code: 'too-large', params: ['2049', '256'] } };
    expect(await parseRuleSet(big, fresh)).toEqual(tooLarge);
    expect(await parseRuleSet(new Blob([big]), fresh)).toEqual(tooLarge);
    expect(await parseRuleSet(new TextEncoder().encode(big).buffer, fresh)).toEqual(tooLarge);
    expect(parse).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    // Multi-byte characters count as bytes: 100 000 × "ä" is 200 000 bytes, 150 000 is too many.
    expect((await parseRuleSet(`"${'ä'.repeat(150_000)}"`, fresh)).ok).toBe(false);
    expect(await parseRuleSet(`"${'ä'.repeat(150_000)}"`, fresh)).toMatchObject({ error: { code: 'too-large' } });
  });

  it('refuses a file that cannot be read', async () => {
    const broken = new Blob(['{}']);
    vi.spyOn(broken, 'arrayBuffer').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
    expect(await parseRuleSet(broken, fresh)).toEqual({ ok: false, error: { code: 'read-failed' } });
  });
});

describe('updates of the same rule set', () => {
  it('must raise the version', async () => {
    const active = { ...minimal(), version: 3 };
    const context = { active, pinnedKeys: {} };
    // Older: refused as such (never a downgrade), with the version in use first.
    for (const version of [1, 2]) {
      expect(await parseRuleSet(JSON.stringify({ ...active, version, title: 'Neu' }), context)).toEqual({
        ok: false,
        error: { code: 'newer-in-use', params: ['3', String(version)] },
      });
    }
    expect(await parseRuleSet(JSON.stringify({ ...active, title: 'Neu' }), context)).toMatchObject({ error: { code: 'version-not-higher', params: ['3', '3'] } });
    expect(await parseRuleSet(JSON.stringify(active), context)).toEqual({ ok: false, error: { code: 'already-active', params: ['3'] } });
    expect(await parseRuleSet(JSON.stringify({ ...active, version: 4 }), context)).toMatchObject({ ok: true });
    // Another group's rule set may have any version.
    expect(await parseRuleSet(JSON.stringify({ ...active, id: 'andere-gruppe', version: 1 }), context)).toMatchObject({ ok: true });
  });

  it('must be signed by the pinned key', async () => {
    const sabine = await organiser();
    const mallory = await organiser();
    const v1 = await sabine.signed(full());
    const context = { active: v1, pinnedKeys: { [v1.id]: sabine.key } };
    const forged = await mallory.signed({ ...full(), version: 2 });
    expect(await parseRuleSet(JSON.stringify(forged), context)).toEqual({
      ok: false,
      error: { code: 'key-changed', params: [mallory.fingerprint, sabine.fingerprint] },
    });
    expect(await parseRuleSet(JSON.stringify(await sabine.signed({ ...full(), version: 2 })), context)).toMatchObject({ ok: true, signed: 'valid' });
  });

  it('keeps the pin when the pinned rule set is not the active one', async () => {
    const sabine = await organiser();
    const mallory = await organiser();
    const forged = await mallory.signed(full());
    const context = { active: null, pinnedKeys: { [forged.id]: sabine.key } };
    expect(await parseRuleSet(JSON.stringify(forged), context)).toMatchObject({ error: { code: 'key-changed' } });
  });

  it('treats a signed active rule set as pinned, and refuses unsigned updates of it', async () => {
    const sabine = await organiser();
    const mallory = await organiser();
    const active = await sabine.signed(full());
    const context = { active, pinnedKeys: {} };
    expect(await parseRuleSet(JSON.stringify(await mallory.signed({ ...full(), version: 2 })), context)).toMatchObject({ error: { code: 'key-changed' } });
    const { signature: _s, organiser: _o, ...unsigned } = { ...active, version: 2 };
    expect(await parseRuleSet(JSON.stringify(unsigned), context)).toEqual({
      ok: false,
      error: { code: 'unsigned-update', params: [sabine.fingerprint] },
    });
  });

  it('lets an unsigned group start signing later (the first signature pins)', async () => {
    const sabine = await organiser();
    const context = { active: minimal(), pinnedKeys: {} };
    expect(await parseRuleSet(JSON.stringify(await sabine.signed({ ...minimal(), version: 2 })), context)).toMatchObject({ ok: true, signed: 'valid' });
  });

  it('does not read pins from the prototype chain', async () => {
    const doc = { ...minimal(), id: 'constructor' };
    expect(await parseRuleSet(JSON.stringify(doc), fresh)).toMatchObject({ ok: true });
  });
});
