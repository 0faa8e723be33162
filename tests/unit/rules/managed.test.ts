import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncManagedRuleSet } from '../../../utils/rules/managed';
import { DEFAULT_RULE_SET } from '../../../utils/rules/default-rule-set';
import { resolveRuleSet } from '../../../utils/rules/resolve';
import { readLibrary } from '../../../utils/rules/store';
import { acceptRuleSet, writer } from './writer-helpers';
import { managedErrorItem } from '../../../utils/platform/storage';
import { minimal } from './corpus';

describe('admin policy (storage.managed)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('no policy: nothing managed', async () => {
    expect(await syncManagedRuleSet(writer)).toEqual({ status: 'none' });
    expect((await readLibrary()).managedRuleSet).toBeNull();
  });

  it('a valid policy wins over the rule set the person chose, for every call', async () => {
    await acceptRuleSet({ ...minimal(), id: 'eigene', title: 'Eigene' }, 'file');
    await fakeBrowser.storage.managed.set({ ruleSet: JSON.stringify({ ...minimal(), id: 'verband', title: 'Verband' }) });
    expect(await syncManagedRuleSet(writer)).toMatchObject({ status: 'ok', doc: { title: 'Verband' } });
    const library = await readLibrary();
    expect(resolveRuleSet(library, 'https://meet.jit.si/Irgendwo', DEFAULT_RULE_SET)).toMatchObject({ origin: 'managed', ruleSet: { id: 'verband' } });
  });

  it('accepts the document as an object too (JSON policies)', async () => {
    await fakeBrowser.storage.managed.set({ ruleSet: { ...minimal(), title: 'Als Objekt' } });
    expect(await syncManagedRuleSet(writer)).toMatchObject({ status: 'ok', doc: { title: 'Als Objekt' } });
  });

  it('an invalid policy is not applied, and says why', async () => {
    await fakeBrowser.storage.managed.set({ ruleSet: JSON.stringify({ ...minimal(), colour: 'blue' }) });
    const reading = await syncManagedRuleSet(writer);
    expect(reading).toMatchObject({ status: 'invalid', error: { code: 'unknown-field' } });
    expect((await readLibrary()).managedRuleSet).toBeNull();
    expect(await managedErrorItem.getValue()).toMatchObject({ code: 'unknown-field' }); // shown on the options page
  });

  it('a removed policy stops applying', async () => {
    await fakeBrowser.storage.managed.set({ ruleSet: JSON.stringify(minimal()) });
    await syncManagedRuleSet(writer);
    await fakeBrowser.storage.managed.clear();
    await syncManagedRuleSet(writer);
    expect((await readLibrary()).managedRuleSet).toBeNull();
  });
});

describe('which rule set applies to a call', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the group whose meetings list the call, else the chosen one, else the built-in one', async () => {
    await acceptRuleSet({ ...minimal(), id: 'dienstag', meetings: ['https://meet.jit.si/Dienstagsgruppe'] }, 'file');
    await acceptRuleSet({ ...minimal(), id: 'donnerstag' }, 'file');
    const library = await readLibrary();
    expect(resolveRuleSet(library, 'https://meet.jit.si/dienstagsgruppe/?lang=de', DEFAULT_RULE_SET).ruleSet.id).toBe('dienstag');
    expect(resolveRuleSet(library, 'https://meet.jit.si/Andere', DEFAULT_RULE_SET).ruleSet.id).toBe('donnerstag');
    expect(resolveRuleSet({ ...library, activeRuleSetId: null }, 'https://meet.jit.si/Andere', DEFAULT_RULE_SET).origin).toBe('built-in');
    expect(resolveRuleSet({ ...library, activeRuleSetId: 'constructor' }, null, DEFAULT_RULE_SET).origin).toBe('built-in');
  });

  it('checks an update against the kept rule set of the same group, not only the chosen one', async () => {
    const { importContext } = await import('../../../utils/rules/store');
    const { parseRuleSet } = await import('../../../utils/rules/import');
    await acceptRuleSet({ ...minimal(), id: 'dienstag', version: 5 }, 'file');
    await acceptRuleSet({ ...minimal(), id: 'donnerstag' }, 'file');
    const result = await parseRuleSet(JSON.stringify({ ...minimal(), id: 'dienstag', version: 4 }), await importContext());
    expect(result).toMatchObject({ ok: false, error: { code: 'newer-in-use' } });
  });
});

describe('the sample policy files in docs/policies', () => {
  it('each carries a rule set that passes the import checks', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseRuleSet } = await import('../../../utils/rules/import');
    const linux = JSON.parse(readFileSync('docs/policies/chromium-linux.json', 'utf8'));
    const firefox = JSON.parse(readFileSync('docs/policies/firefox-policies.json', 'utf8'));
    const samples = [
      linux['3rdparty'].extensions.EXTENSION_ID.ruleSet,
      firefox.policies['3rdparty'].Extensions['vertraulich@vertraulich.example'].ruleSet,
    ];
    for (const text of samples) {
      expect(await parseRuleSet(text, { active: null, pinnedKeys: {} })).toMatchObject({ ok: true });
    }
  });
});

describe('the built-in agreement on the call page', () => {
  it('checks with the same policies as the built-in rule set the popup shows', async () => {
    const { DEFAULT_CHECKS } = await import('../../../utils/rules/default-checks');
    expect({ ...DEFAULT_RULE_SET, rules: [] }).toEqual(DEFAULT_CHECKS);
  });
});
