import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepKeyPair, keyPairOf } from '../../../utils/organiser/store';
import { organiserKeyItem } from '../../../utils/platform/storage';
import { exportPublicKey, generateKeyPair, sign, verify } from '../../../utils/rules/signing';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';

describe('the organiser key kept in this browser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is stored as PKCS #8 base64url with its public key, and signs again after reading it back', async () => {
    const pair = await generateKeyPair();
    const kept = await keepKeyPair(pair);
    expect(kept.publicKey).toBe(await exportPublicKey(pair.publicKey));
    expect(kept.privateKey).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await organiserKeyItem.getValue()).toEqual(kept);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ organiserKey: kept });

    const again = await keyPairOf((await organiserKeyItem.getValue())!);
    const signed = await sign({ ...DEFAULT_RULE_SET, organiser: { name: 'Sabine', key: kept.publicKey } }, again.privateKey);
    expect(await verify(signed)).toBe('valid');
  });
});
