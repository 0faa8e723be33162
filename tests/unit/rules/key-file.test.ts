import { describe, expect, it } from 'vitest';
import { exportKeyFile, importKeyFile, KeyFileError } from '../../../utils/rules/key-file';
import { exportPublicKey, generateKeyPair } from '../../../utils/rules/signing';

const code = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return error instanceof KeyFileError ? error.code : String(error);
  }
};

describe('passphrase-protected key file', () => {
  it('round-trips the key pair and keeps the private key out of the file', async () => {
    const pair = await generateKeyPair();
    const file = await exportKeyFile(pair, 'drei Worte genügen');
    const parsed = JSON.parse(file);
    expect(parsed.format).toBe('vertraulich.key/1');
    expect(parsed.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256' });
    expect(parsed.kdf.iterations).toBeGreaterThanOrEqual(310_000);
    const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', pair.privateKey)).toString('base64url');
    expect(file).not.toContain(pkcs8.slice(-43)); // the raw seed is not in clear

    const restored = await importKeyFile(file, 'drei Worte genügen');
    expect(await exportPublicKey(restored.publicKey)).toBe(await exportPublicKey(pair.publicKey));
    const message = new TextEncoder().encode('Gruppe Mitte');
    const signature = await crypto.subtle.sign('Ed25519', restored.privateKey, message);
    expect(await crypto.subtle.verify('Ed25519', pair.publicKey, signature, message)).toBe(true);
  });

  it('says clearly when the passphrase is wrong', async () => {
    const file = await exportKeyFile(await generateKeyPair(), 'drei Worte genügen');
    expect(await code(importKeyFile(file, 'drei Worte genugen'))).toBe('wrong-passphrase');
    expect(await code(importKeyFile(file, ''))).toBe('wrong-passphrase');
  });

  it('refuses damaged or foreign files', async () => {
    const file = JSON.parse(await exportKeyFile(await generateKeyPair(), 'drei Worte genügen'));
    expect(await code(importKeyFile('not json', 'x'))).toBe('not-key-file');
    expect(await code(importKeyFile('{}', 'x'))).toBe('not-key-file');
    expect(await code(importKeyFile(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1000 } }), 'x'))).toBe('not-key-file');
    expect(await code(importKeyFile(JSON.stringify({ ...file, extra: 1 }), 'x'))).toBe('not-key-file');
    // A swapped public key is authenticated data: decryption fails.
    const other = await exportPublicKey((await generateKeyPair()).publicKey);
    expect(await code(importKeyFile(JSON.stringify({ ...file, publicKey: other }), 'drei Worte genügen'))).toBe('wrong-passphrase');
  });

  it('asks for a passphrase of at least 8 characters', async () => {
    expect(await code(exportKeyFile(await generateKeyPair(), 'kurz'))).toBe('passphrase-too-short');
  });
});
