import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportPublicKey, generateKeyPair, sign } from '../../../utils/rules/signing';
import { readRuleSetState } from '../../../utils/rules/store';
import { checkAllSubscriptions, fetchRuleSetText } from '../../../utils/rules/subscription';
import { resolveRuleSet } from '../../../utils/rules/resolve';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import type { RuleSetDocument } from '../../../utils/rules/types';
import { minimal } from './corpus';
import { acceptRuleSet, writer } from './writer-helpers';

const URL_ = 'https://rules.example.org/gruppe-mitte.json';
const accept = (doc: RuleSetDocument, takeOver: string[] = []) => writer.run({ kind: 'accept', text: JSON.stringify(doc), source: 'file', takeOver });
const state = async () => (await readRuleSetState()).state;

describe('the one writer, case by case', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a preview accepted after a newer version came in is refused, not a downgrade', async () => {
    await acceptRuleSet({ ...minimal(), version: 4 }, 'file');
    expect(await accept({ ...minimal(), version: 3 })).toEqual({ ok: false, error: { code: 'newer-in-use', params: ['4', '3'] } });
    expect((await state()).ruleSets['gruppe-mitte']!.doc.version).toBe(4);
  });

  it('after "Remove", an older version stays refused; the same one may come back; "forget" forgets', async () => {
    await acceptRuleSet({ ...minimal(), version: 3 }, 'file');
    await writer.run({ kind: 'remove', id: 'gruppe-mitte' });
    expect(await accept({ ...minimal(), version: 2 })).toMatchObject({ ok: false, error: { code: 'older-than-removed' } });
    expect(await accept({ ...minimal(), version: 3 })).toMatchObject({ ok: true });
    await writer.run({ kind: 'forget', id: 'gruppe-mitte' });
    expect(await accept({ ...minimal(), version: 1 })).toMatchObject({ ok: true });
  });

  it('a followed rule set that becomes signed pins its key at once', async () => {
    const pair = await generateKeyPair();
    const key = await exportPublicKey(pair.publicKey);
    await acceptRuleSet(minimal(), 'subscription', URL_);
    const signed = await sign({ ...minimal(), version: 2, organiser: { name: 'Leitung', key } }, pair.privateKey);
    await writer.run({ kind: 'subscription', id: 'gruppe-mitte', url: URL_, fetched: { text: JSON.stringify(signed), url: URL_ } });
    expect((await state()).pinnedKeys['gruppe-mitte']).toBe(key);
    const unsigned = await writer.run({ kind: 'subscription', id: 'gruppe-mitte', url: URL_, fetched: { text: JSON.stringify({ ...minimal(), version: 3 }), url: URL_ } });
    expect(unsigned).toMatchObject({ ok: false, error: { code: 'unsigned-update' } });
  });

  it('an invalid admin policy keeps the last valid one in force and says why', async () => {
    const doc = { ...minimal(), id: 'verband' };
    await writer.run({ kind: 'managed', reading: { status: 'ok', doc } });
    await writer.run({ kind: 'managed', reading: { status: 'invalid', error: { code: 'unknown-field', field: 'x', params: ['x'] } } });
    const now = await state();
    expect(now.managedRuleSet?.id).toBe('verband');
    expect(now.managedError?.code).toBe('unknown-field');
    expect(await accept(minimal())).toEqual({ ok: false, error: { code: 'managed-in-force' } });
  });

  it('a rival listing a meeting link takes over only when the person saw it; the link stays with one group', async () => {
    const meetings = ['https://meet.jit.si/GruppeMitte'];
    await acceptRuleSet({ ...minimal(), title: 'Gruppe Mitte', meetings }, 'file');
    const rival = { ...minimal(), id: '1', title: 'Kopie', meetings };
    expect(await accept(rival)).toEqual({ ok: false, error: { code: 'meeting-claimed', params: ['Gruppe Mitte'] } });
    expect(resolveRuleSet(await state(), meetings[0]!, DEFAULT_RULE_SET).ruleSet.id).toBe('gruppe-mitte');
    expect(await accept(rival, ['gruppe-mitte'])).toMatchObject({ ok: true });
    expect(resolveRuleSet({ ...(await state()), activeRuleSetId: null }, meetings[0]!, DEFAULT_RULE_SET).ruleSet.id).toBe('1');
    // Gruppe Mitte's roster and rules are still kept.
    expect((await state()).ruleSets['gruppe-mitte']).toBeDefined();
  });

  it('damaged stored entries are named, left as they are by other changes, and dropped only by "Repair"', async () => {
    await acceptRuleSet(minimal(), 'file');
    const stored = async () => (await fakeBrowser.storage.local.get('ruleSets')).ruleSets as Record<string, unknown>;
    await fakeBrowser.storage.local.set({ ruleSets: { ...(await stored()), kaputt: { doc: 'x' } } });
    expect((await readRuleSetState()).damaged).toEqual(['ruleSets']);
    await acceptRuleSet({ ...minimal(), id: 'andere' }, 'file');
    expect(Object.keys(await stored()).sort()).toEqual(['andere', 'gruppe-mitte', 'kaputt']);
    await writer.run({ kind: 'repair' });
    expect((await readRuleSetState()).damaged).toEqual([]);
    expect(Object.keys((await state()).ruleSets).sort()).toEqual(['andere', 'gruppe-mitte']);
  });
});

describe('following safely', () => {
  beforeEach(() => fakeBrowser.reset());
  const redirected = (to: string) =>
    (async () => Object.defineProperty(new Response('{}'), 'url', { value: to })) as unknown as typeof fetch;

  it('refuses a redirect to http or to another host, and keeps the address that answered on the same host', async () => {
    expect(await fetchRuleSetText(URL_, redirected('http://rules.example.org/x.json'))).toMatchObject({ error: { code: 'redirect-refused' } });
    expect(await fetchRuleSetText(URL_, redirected('https://elsewhere.example/x.json'))).toMatchObject({ error: { code: 'redirect-refused' } });
    expect(await fetchRuleSetText(URL_, redirected('https://rules.example.org/v2.json'))).toEqual({ text: '{}', url: 'https://rules.example.org/v2.json' });
  });

  it('gives up on a server that never answers, with a clear error', async () => {
    const never = ((_: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('timeout', 'TimeoutError'))))) as unknown as typeof fetch;
    expect(await fetchRuleSetText(URL_, never, 50)).toEqual({ error: { code: 'fetch-timeout', params: ['rules.example.org', '0'] } });
  });

  it('one hanging server does not hold up the check of the others', async () => {
    await acceptRuleSet(minimal(), 'subscription', URL_);
    await acceptRuleSet({ ...minimal(), id: 'andere' }, 'subscription', 'https://other.example.org/andere.json');
    let release: () => void = () => undefined;
    const fetchImpl = ((url: string) =>
      url.includes('other')
        ? new Promise<Response>((resolve) => (release = () => resolve(new Response(JSON.stringify({ ...minimal(), id: 'andere', version: 2 })))))
        : Promise.resolve(new Response(JSON.stringify({ ...minimal(), version: 2 })))) as unknown as typeof fetch;
    const all = checkAllSubscriptions(writer, await state(), fetchImpl);
    await expect.poll(async () => (await state()).ruleSets['gruppe-mitte']!.doc.version).toBe(2);
    release();
    await all;
    expect((await state()).ruleSets['andere']!.doc.version).toBe(2);
  });
});
