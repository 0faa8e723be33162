import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepOwnName, readCallSettings, watchCallSettings } from '../../../utils/call/settings-reader';
import { keptNamesItem, migrateStorage } from '../../../utils/platform/storage';
import { migrateKeptNames } from '../../../utils/platform/migrate-kept-names';
import { hashExact, newSalt } from '../../../utils/roster/engine/hmac';

// The call page hashes kept names with the roster engine, which the background injects there.
vi.mock('../../../utils/roster/load', () => ({
  loadRosterEngine: async () => ({ newKey: newSalt, exactHash: async (name: string, key: string) => (await hashExact([name], key))[0]! }),
}));
const keptNameHash = async (key: string, name: string) => (await hashExact([name], key))[0]!;
import { readLibrary } from '../../../utils/rules/store';
import { acceptRuleSet } from '../rules/writer-helpers';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());
  // The background makes this browser's key for kept names at its start.
  const start = async () => {
    fakeBrowser.reset();
    await migrateKeptNames();
  };

  it('starts with no kept names and the built-in rule set', async () => {
    expect(await keptNamesItem.getValue()).toEqual({ key: '', hashes: [] });
    expect(await readLibrary()).toEqual({ ruleSets: {}, activeRuleSetId: null, managedRuleSet: null });
    expect(await readCallSettings()).toMatchObject({
      library: { ruleSets: {}, activeRuleSetId: null, managedRuleSet: null },
      keptNames: { key: '', hashes: [] },
      quickChecks: {},
      rosterAdditions: {},
      unreadable: false,
    });
  });

  it('remembers a kept name once, as a keyed hash only: the name is nowhere in storage', async () => {
    await start();
    await keepOwnName('Sabine Wagner');
    await keepOwnName('Sabine Wagner');
    const kept = await keptNamesItem.getValue();
    expect(kept.hashes).toEqual([await keptNameHash(kept.key, 'Sabine Wagner')]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Sabine');
  });

  it('hashes names an older version kept in clear, and drops the clear ones', async () => {
    await fakeBrowser.storage.local.set({ prefs: { keptOwnNames: ['Sabine Wagner', 'Jörg Meier'] } });
    await migrateKeptNames();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(stored)).not.toMatch(/Sabine|Jörg/);
    const kept = await keptNamesItem.getValue();
    expect(kept.hashes).toEqual([await keptNameHash(kept.key, 'Sabine Wagner'), await keptNameHash(kept.key, 'Jörg Meier')]);
  });

  it('a call page faster than the background makes the key itself', async () => {
    await keepOwnName('Sabine Wagner');
    const kept = await keptNamesItem.getValue();
    expect(kept.key).not.toBe('');
    expect(kept.hashes).toEqual([await keptNameHash(kept.key, 'Sabine Wagner')]);
  });

  it('keeps at most 20 kept names, the newest', async () => {
    await start();
    for (let i = 0; i < 25; i++) await keepOwnName(`Name ${i} Nachname`);
    const { key, hashes } = await keptNamesItem.getValue();
    expect(hashes).toHaveLength(20);
    expect(hashes.at(-1)).toBe(await keptNameHash(key, 'Name 24 Nachname'));
  });

  it('the content script sees a rule set the options page stores', async () => {
    const seen: unknown[] = [];
    const unwatch = watchCallSettings((settings) => seen.push(settings.library.activeRuleSetId));
    await acceptRuleSet({ ...DEFAULT_RULE_SET, id: 'gruppe-mitte' }, 'file');
    await expect.poll(() => seen).toEqual(['gruppe-mitte']);
    expect((await readCallSettings()).library.ruleSets['gruppe-mitte']?.doc.id).toBe('gruppe-mitte');
    unwatch();
  });
});

describe('storage migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('leave values at their version untouched and add nothing', async () => {
    await migrateKeptNames();
    await keepOwnName('Sabine Wagner');
    const before = await fakeBrowser.storage.local.get(null);
    await migrateStorage();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
