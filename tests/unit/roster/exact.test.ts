import { describe, expect, it } from 'vitest';
import { hashExact, hashMembers } from '../../../utils/roster/engine/hmac';
import { exactMessage, normaliseName } from '../../../utils/roster/engine/normal-forms';

const SALT = 'c2FsdC1mb3ItdGhlLXRlc3QtZ3JvdXAtMzJieXRlcyE';
describe('exact entries', () => {
  it('hash "exact", a line feed and the plain form, with the salt as key', async () => {
    expect(exactMessage('  ANNA ')).toBe('exact\nanna');
    const key = await crypto.subtle.importKey('raw', Buffer.from(SALT, 'base64url'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('exact\nsabine'));
    expect(await hashExact(['Sabine'], SALT)).toEqual([Buffer.from(mac).toString('base64url')]);
  });

  it('differ from the look-alike hash of the same name, and between look-alikes', async () => {
    const [plain] = await hashExact(['anna'], SALT);
    expect([plain]).not.toEqual(await hashMembers(['anna'], SALT));
    const [cyrillic] = await hashExact(['\u0410nna'], SALT);
    expect(cyrillic).not.toBe(plain);
    expect(normaliseName('\u0410nna')).not.toBe('anna');
  });
});
