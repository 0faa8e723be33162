import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLibrary, readRuleSetState } from '../../../utils/rules/store';
import { ruleSetsItem } from '../../../utils/platform/storage';
import { checkSubscription as check, fetchForFollowing, fetchRuleSetText } from '../../../utils/rules/subscription';
import { minimal } from './corpus';
import { acceptRuleSet, writer } from './writer-helpers';

const outcome = async (fetchImpl: typeof fetch) => {
  const result = await check(writer, (await readRuleSetState()).state, 'gruppe-mitte', fetchImpl);
  return result.ok ? (result.outcome ?? 'unchanged') : 'failed';
};

const URL_ = 'https://rules.example.org/gruppe-mitte.json';
const answer = (body: BodyInit, init: ResponseInit = {}) => (async () => new Response(body, init)) as unknown as typeof fetch;
const offline = (async () => {
  throw new TypeError('Failed to fetch');
}) as unknown as typeof fetch;

async function follow(version = 1) {
  await acceptRuleSet({ ...minimal(), version }, 'subscription', URL_);
}

describe('fetching a followed rule set', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses addresses that are not https', async () => {
    expect(await fetchRuleSetText('http://rules.example.org/x.json', answer('{}'))).toEqual({ error: { code: 'not-https' } });
    expect(await fetchRuleSetText('nonsense', answer('{}'))).toEqual({ error: { code: 'not-https' } });
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
    expect(await fetchRuleSetText(URL_, offline)).toEqual({ error: { code: 'fetch-failed', params: ['rules.example.org'] } });
    expect(await fetchRuleSetText(URL_, answer('gone', { status: 404 }))).toEqual({ error: { code: 'fetch-status', params: ['rules.example.org', '404'] } });
  });

  it('stops reading past 256 KB, whatever the server declares', async () => {
    const huge = new ReadableStream({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    expect(await fetchRuleSetText(URL_, answer(huge))).toMatchObject({ error: { code: 'too-large' } });
  });

  it('checks the document like any import', async () => {
    const context = { active: null, pinnedKeys: {} };
    expect((await fetchForFollowing(URL_, context, answer(JSON.stringify(minimal())))).result).toMatchObject({ ok: true });
    expect((await fetchForFollowing(URL_, context, answer(JSON.stringify({ ...minimal(), extra: 1 })))).result).toMatchObject({ ok: false, error: { code: 'unknown-field' } });
  });
});

describe('the daily check', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes a newer version', async () => {
    await follow(1);
    expect(await outcome(answer(JSON.stringify({ ...minimal(), version: 2, title: 'Neu' })))).toBe('updated');
    const stored = (await ruleSetsItem.getValue())['gruppe-mitte']!;
    expect(stored.doc).toMatchObject({ version: 2, title: 'Neu' });
    expect(stored.subscription).toMatchObject({ url: URL_, lastError: null });
  });

  it('the same version is fine and only notes the time', async () => {
    await follow(1);
    expect(await outcome(answer(JSON.stringify(minimal())))).toBe('unchanged');
    expect((await ruleSetsItem.getValue())['gruppe-mitte']!.subscription?.lastError).toBeNull();
  });

  it('a failed or invalid update keeps the current rule set and records when and why', async () => {
    await follow(3);
    expect(await outcome(offline)).toBe('failed');
    expect(await outcome(answer(JSON.stringify({ ...minimal(), version: 2 })))).toBe('failed');
    const stored = (await ruleSetsItem.getValue())['gruppe-mitte']!;
    expect(stored.doc.version).toBe(3);
    expect(stored.subscription).toMatchObject({ lastError: { code: 'newer-in-use' } });
  });

  it('does not change which rule set the person chose', async () => {
    await follow(1);
    await acceptRuleSet({ ...minimal(), id: 'andere' }, 'file');
    await outcome(answer(JSON.stringify({ ...minimal(), version: 2 })));
    expect((await readLibrary()).activeRuleSetId).toBe('andere');
  });
});
