import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepOwnName, readCallSettings, watchCallSettings } from '../../../utils/call/settings-reader';
import { migrateStorage, prefsItem } from '../../../utils/platform/storage';
import { acceptRuleSet, readLibrary } from '../../../utils/rules/store';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with no kept names and the built-in rule set', async () => {
    expect(await prefsItem.getValue()).toEqual({ keptOwnNames: [] });
    expect(await readLibrary()).toEqual({ ruleSets: {}, activeRuleSetId: null, managedRuleSet: null });
    expect(await readCallSettings()).toEqual({
      library: { ruleSets: {}, activeRuleSetId: null, managedRuleSet: null },
      prefs: { keptOwnNames: [] },
      quickChecks: {},
      rosterAdditions: {},
    });
  });

  it('remembers a kept name once, in local storage only, readable through the versioned item', async () => {
    await keepOwnName('Sabine Wagner');
    await keepOwnName('Sabine Wagner');
    expect(await prefsItem.getValue()).toEqual({ keptOwnNames: ['Sabine Wagner'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ prefs: { keptOwnNames: ['Sabine Wagner'] } });
  });

  it('keeps at most 20 kept names, the newest', async () => {
    for (let i = 0; i < 25; i++) await keepOwnName(`Name ${i} Nachname`);
    const { keptOwnNames } = await prefsItem.getValue();
    expect(keptOwnNames).toHaveLength(20);
    expect(keptOwnNames.at(-1)).toBe('Name 24 Nachname');
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
    await keepOwnName('Sabine Wagner');
    await migrateStorage();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ prefs: { keptOwnNames: ['Sabine Wagner'] } });
  });
});
