import canonicalize from 'canonicalize';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import { toBase64Url } from '../../../utils/rules/base64url';
import { parseShareCode } from '../../../utils/rules/import';
import { exportPublicKey, generateKeyPair, sign } from '../../../utils/rules/signing';
import { decodeShareCode, encodeShareCode, shareCodeFromLink, shareLinkFor } from '../../../utils/rules/share-code';
import { full, minimal } from './corpus';

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const OPTIONS = 'chrome-extension://abcdefghijklmnop/options.html';

describe('share codes', () => {
  it('round-trip a rule set', async () => {
    const code = await encodeShareCode(full());
    expect(code).toMatch(/^VR1\.[A-Za-z0-9_-]+$/);
    expect(await encodeShareCode(full())).toBe(code); // deterministic
    expect(await parseShareCode(code, { active: null, pinnedKeys: {} })).toEqual({ ok: true, doc: full(), signed: 'unsigned' });
  });

  it('are compact enough for a QR code', async () => {
    const pair = await generateKeyPair();
    const doc = await sign({ ...DEFAULT_RULE_SET, ...full(), rules: DEFAULT_RULE_SET.rules, organiser: { name: 'Sabine', key: await exportPublicKey(pair.publicKey) } }, pair.privateKey);
    const code = await encodeShareCode(doc);
    expect(code.length).toBeLessThan(JSON.stringify(doc).length);
    expect(shareLinkFor(code, OPTIONS).length).toBeLessThan(2953); // QR version 40-L, byte mode
  });

  it('make links to the options page and read them back, also with line breaks', async () => {
    const code = await encodeShareCode(minimal());
    const link = shareLinkFor(code, `${OPTIONS}#old`);
    expect(link).toBe(`${OPTIONS}#import=${code}`);
    expect(shareCodeFromLink(link)).toBe(code);
    expect(shareCodeFromLink(OPTIONS)).toBeNull();
    const pasted = `${code.slice(0, 20)}\n  ${code.slice(20)}\n`;
    expect(await decodeShareCode(pasted)).toEqual({ ok: true, text: canonicalize(minimal()) });
    expect((await decodeShareCode(link)).ok).toBe(true);
  });

  it('refuse damaged codes', async () => {
    const code = await encodeShareCode(full());
    for (const bad of ['', 'VR1.', 'VR2.abc', 'hello', `${code.slice(0, -10)}`, `VR1.${'!'.repeat(20)}`, code.replace('VR1.', 'VR1.AAAA')]) {
      expect(await decodeShareCode(bad), bad).toEqual({ ok: false, error: { code: 'bad-share-code' } });
    }
  });

  it('refuse a zip bomb without unpacking it', async () => {
    const bomb = await deflateRaw(new Uint8Array(50 * 1024 * 1024)); // 50 MB of zeros
    const code = `VR1.${toBase64Url(bomb)}`;
    expect(code.length).toBeLessThan(100_000);
    const read = vi.spyOn(ReadableStreamDefaultReader.prototype, 'read');
    const result = await decodeShareCode(code);
    expect(result).toEqual({ ok: false, error: { code: 'too-large', params: ['257', '256'] } });
    // Stopped right after 256 KB: a handful of chunks, not 50 MB worth of them.
    expect(read.mock.calls.length).toBeLessThan(50);
    read.mockRestore();
  });

  it('refuse a document just over 256 KB and accept one just under', async () => {
    const filler = (n: number) => JSON.stringify({ ...minimal(), title: 'x' }).replace('"title":"x"', `"title":"x","pad":"${'y'.repeat(n)}"`);
    const overhead = filler(0).length;
    const under = filler(256 * 1024 - overhead);
    const over = filler(256 * 1024 - overhead + 1);
    const codeOf = async (text: string) => `VR1.${toBase64Url(await deflateRaw(new TextEncoder().encode(text)))}`;
    expect((await decodeShareCode(await codeOf(under))).ok).toBe(true);
    expect(await decodeShareCode(await codeOf(over))).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuse absurdly long codes before decoding', async () => {
    const result = await decodeShareCode(`VR1.${'A'.repeat(400_000)}`);
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});
