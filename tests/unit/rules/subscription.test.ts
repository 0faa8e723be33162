import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptRuleSet, readLibrary } from '../../../utils/rules/store';
import { ruleSetsItem } from '../../../utils/platform/storage';
import { checkSubscription, fetchForFollowing, fetchRuleSetText } from '../../../utils/rules/subscription';
import { minimal } from './corpus';

const URL_ = 'https://rules.example.org/gruppe-mitte.json';
const answer = (body: BodyInit, init: ResponseInit = {}) => (async () => new Response(body, init)) as unknown as typeof fetch;
const offline = (async () => {
  throw new TypeError('Failed to fetch');
}) as unknown as typeof fetch;

async function follow(version = 1) {
  await acceptRuleSet({ ...minimal(), version }, 'subscription', { url: URL_, lastChecked: 0, lastError: null });
}

describe('fetching a followed rule set', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses addresses that are not https', async () => {
    expect(await fetchRuleSetText('http://rules.example.org/x.json', answer('{}'))).toEqual({ code: 'not-https' });
    expect(await fetchRuleSetText('nonsense', answer('{}'))).toEqual({ code: 'not-https' });
  });

  it('sends no cookies and no referrer', async () => {
    let seen: RequestInit | undefined;
    await fetchRuleSetText(URL_, (async (_url: string, init: RequestInit) => {
      seen = init;
      return new Response('{}');
    }) as unknown as typeof fetch);
    expect(seen).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('says which server failed and how', async () => {
    expect(await fetchRuleSetText(URL_, offline)).toEqual({ code: 'fetch-failed', params: ['rules.example.org'] });
    expect(await fetchRuleSetText(URL_, answer('gone', { status: 404 }))).toEqual({ code: 'fetch-status', params: ['rules.example.org', '404'] });
  });

  it('stops reading past 256 KB, whatever the server declares', async () => {
    const huge = new ReadableStream({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    expect(await fetchRuleSetText(URL_, answer(huge))).toMatchObject({ code: 'too-large' });
  });

  it('checks the document like any import', async () => {
    expect(await fetchForFollowing(URL_, answer(JSON.stringify(minimal())))).toMatchObject({ ok: true });
    expect(await fetchForFollowing(URL_, answer(JSON.stringify({ ...minimal(), extra: 1 })))).toMatchObject({ ok: false, error: { code: 'unknown-field' } });
  });
});

describe('the daily check', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes a newer version', async () => {
    await follow(1);
    expect(await checkSubscription('gruppe-mitte', 1000, answer(JSON.stringify({ ...minimal(), version: 2, title: 'Neu' })))).toBe('updated');
    const stored = (await ruleSetsItem.getValue())['gruppe-mitte']!;
    expect(stored.doc).toMatchObject({ version: 2, title: 'Neu' });
    expect(stored.subscription).toEqual({ url: URL_, lastChecked: 1000, lastError: null });
  });

  it('the same version is fine and only notes the time', async () => {
    await follow(1);
    expect(await checkSubscription('gruppe-mitte', 2000, answer(JSON.stringify(minimal())))).toBe('unchanged');
    expect((await ruleSetsItem.getValue())['gruppe-mitte']!.subscription?.lastChecked).toBe(2000);
  });

  it('a failed or invalid update keeps the current rule set and records when and why', async () => {
    await follow(3);
    expect(await checkSubscription('gruppe-mitte', 3000, offline)).toBe('failed');
    expect(await checkSubscription('gruppe-mitte', 4000, answer(JSON.stringify({ ...minimal(), version: 2 })))).toBe('failed');
    const stored = (await ruleSetsItem.getValue())['gruppe-mitte']!;
    expect(stored.doc.version).toBe(3);
    expect(stored.subscription).toMatchObject({ lastChecked: 4000, lastError: { code: 'version-not-higher' } });
  });

  it('does not change which rule set the person chose', async () => {
    await follow(1);
    await acceptRuleSet({ ...minimal(), id: 'andere' }, 'file');
    await checkSubscription('gruppe-mitte', 1, answer(JSON.stringify({ ...minimal(), version: 2 })));
    expect((await readLibrary()).activeRuleSetId).toBe('andere');
  });
});
