import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../../../utils/rules/base64url';
import { canonicalForSigning } from '../../../utils/rules/canonical';
import { parseRuleSet } from '../../../utils/rules/import';
import type { RuleSetDocument } from '../../../utils/rules/schema';
import { exportPrivateKey, exportPublicKey, generateKeyPair, importPrivateKey, keyFingerprint, sign, verify } from '../../../utils/rules/signing';
import { full } from './corpus';

const hex = (s: string) => new Uint8Array(s.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);

// RFC 8032, section 7.1 (Ed25519), TEST 1-3.
const RFC8032 = [
  {
    name: 'TEST 1',
    secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    name: 'TEST 2',
    secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature: '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
  {
    name: 'TEST 3',
    secret: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    public: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature: '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  },
];

describe('RFC 8032 Ed25519 test vectors with WebCrypto', () => {
  it.each(RFC8032)('$name: the raw public key verifies the given signature', async (v) => {
    const key = await crypto.subtle.importKey('raw', hex(v.public), 'Ed25519', false, ['verify']);
    expect(await crypto.subtle.verify('Ed25519', key, hex(v.signature), hex(v.message))).toBe(true);
    const flipped = hex(v.signature);
    flipped[0]! ^= 1;
    expect(await crypto.subtle.verify('Ed25519', key, flipped, hex(v.message))).toBe(false);
  });

  it.each(RFC8032)('$name: the secret key signs to exactly the given signature', async (v) => {
    const jwk = { kty: 'OKP', crv: 'Ed25519', d: toBase64Url(hex(v.secret)), x: toBase64Url(hex(v.public)) };
    const key = await crypto.subtle.importKey('jwk', jwk, 'Ed25519', false, ['sign']);
    const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', key, hex(v.message)));
    expect(Buffer.from(signature).toString('hex')).toBe(v.signature);
  });
});

async function signedDoc(): Promise<{ doc: RuleSetDocument; pair: CryptoKeyPair }> {
  const pair = await generateKeyPair();
  const base = full();
  const doc = await sign({ ...base, organiser: { name: 'Sabine', key: await exportPublicKey(pair.publicKey) } }, pair.privateKey);
  return { doc, pair };
}

describe('signing rule sets', () => {
  it('signs the canonical JSON without the signature, and verifies it', async () => {
    const { doc, pair } = await signedDoc();
    expect(doc.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(await verify(doc)).toBe('valid');
    const key = await crypto.subtle.importKey('raw', await crypto.subtle.exportKey('raw', pair.publicKey), 'Ed25519', false, ['verify']);
    const bytes = new TextEncoder().encode(canonicalForSigning(doc));
    expect(await crypto.subtle.verify('Ed25519', key, Buffer.from(doc.signature!, 'base64url'), bytes)).toBe(true);
  });

  it('does not depend on key order or on a previous signature', async () => {
    const { doc, pair } = await signedDoc();
    const reordered = Object.fromEntries(Object.entries(doc).reverse()) as RuleSetDocument;
    expect(await verify(reordered)).toBe('valid');
    const resigned = await sign(doc, pair.privateKey);
    expect(resigned.signature).toBe(doc.signature); // Ed25519 is deterministic
  });

  it('reports unsigned documents as unsigned', async () => {
    expect(await verify(full())).toBe('unsigned');
  });

  it('refuses to sign with a key that is not organiser.key', async () => {
    const { doc } = await signedDoc();
    const other = await generateKeyPair();
    await expect(sign(doc, other.privateKey)).rejects.toThrow(/organiser\.key/);
    const { organiser: _, ...anonymous } = doc;
    await expect(sign(anonymous, other.privateKey)).rejects.toThrow(/organiser/);
  });

  it('keeps the key pair usable after storing the private key (PKCS #8)', async () => {
    const { doc, pair } = await signedDoc();
    const restored = await importPrivateKey(await exportPrivateKey(pair.privateKey));
    expect(await exportPublicKey(restored.publicKey)).toBe(doc.organiser!.key);
    expect((await sign(doc, restored.privateKey)).signature).toBe(doc.signature);
  });

  it('gives a short fingerprint of 8 groups of 4 hex digits', async () => {
    // SHA-256 of RFC 8032 TEST 1's public key, first 16 bytes.
    const key = toBase64Url(hex(RFC8032[0]!.public));
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', hex(RFC8032[0]!.public))).toString('hex').toUpperCase();
    const print = await keyFingerprint(key);
    expect(print).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(print.replace(/ /g, '')).toBe(digest.slice(0, 32));
  });
});

/** Every leaf of a document with its path, to tamper with each in turn. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

/** One character (or the value) changed, staying valid for the schema where possible. */
function tamper(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  const s = String(value);
  const i = Math.min(5, s.length - 1);
  const swap: Record<string, string> = { a: 'b', b: 'a', A: 'B', B: 'A', '-': 'a', '/': 'x', '.': 'o', ' ': 'x' };
  const c = s[i]!;
  return s.slice(0, i) + (swap[c] ?? (c === 'c' ? 'd' : 'c')) + s.slice(i + 1);
}

describe('tampering', () => {
  it('one changed character in any field breaks the signature', async () => {
    const { doc } = await signedDoc();
    const paths = leaves(doc);
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      const copy = structuredClone(doc) as unknown as Record<string | number, unknown>;
      let parent = copy;
      for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
      const last = path.at(-1)!;
      parent[last] = tamper(parent[last]);
      expect(await verify(copy as unknown as RuleSetDocument), path.join('.')).toBe('invalid');
      const result = await parseRuleSet(JSON.stringify(copy), { active: null, pinnedKeys: {} });
      expect(result.ok, path.join('.')).toBe(false);
    }
  });

  it('one changed byte anywhere in the signed file is never accepted', async () => {
    const { doc } = await signedDoc();
    const text = JSON.stringify(doc);
    for (let i = 0; i < text.length; i++) {
      const replacement = text[i] === 'x' ? 'y' : 'x';
      const changed = text.slice(0, i) + replacement + text.slice(i + 1);
      const result = await parseRuleSet(changed, { active: null, pinnedKeys: {} });
      expect(result.ok, `position ${i}: ${text.slice(Math.max(0, i - 10), i + 10)}`).toBe(false);
    }
  });

  it('an added optional field breaks the signature too', async () => {
    const { doc } = await signedDoc();
    const { names: _, ...withoutNames } = doc;
    expect(await verify(withoutNames)).toBe('invalid');
    expect(await verify({ ...doc, reminders: { atJoin: false, everyMinutes: 0 } })).toBe('invalid');
  });
});
