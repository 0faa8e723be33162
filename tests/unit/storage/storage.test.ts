import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activeRuleSetItem, keepOwnName, prefsItem } from '../../../utils/storage';

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with no kept names and the built-in rule set', async () => {
    expect(await prefsItem.getValue()).toEqual({ keptOwnNames: [] });
    expect(await activeRuleSetItem.getValue()).toBeNull();
  });

  it('remembers a kept name once, in local storage only', async () => {
    await keepOwnName('Sabine Wagner');
    await keepOwnName('Sabine Wagner');
    expect(await prefsItem.getValue()).toEqual({ keptOwnNames: ['Sabine Wagner'] });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw).toEqual({ prefs: { keptOwnNames: ['Sabine Wagner'] } });
  });

  it('keeps at most 20 kept names, the newest', async () => {
    for (let i = 0; i < 25; i++) await keepOwnName(`Name ${i} Nachname`);
    const { keptOwnNames } = await prefsItem.getValue();
    expect(keptOwnNames).toHaveLength(20);
    expect(keptOwnNames.at(-1)).toBe('Name 24 Nachname');
  });
});
