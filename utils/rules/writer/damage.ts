import { browser } from 'wxt/browser';
import { readKeptNames } from '../../platform/kept-names';
import { writeLocal } from '../../platform/local-values';
import { readState, STATE_KEYS } from './state';

const CHECKED = [...STATE_KEYS, 'keptNames'] as const;

/** The stored settings that do not validate, by key (checked with the full schema, state.ts). */
export async function findDamage(): Promise<string[]> {
  const raw = await browser.storage.local.get([...CHECKED]);
  const damaged: string[] = readState(raw).damaged;
  if (raw.keptNames !== undefined && !readKeptNames(raw.keptNames)) damaged.push('keptNames');
  return damaged;
}

/**
 * Keeps `settingsDamaged` current: checked here, with the full schema, at start and whenever one of
 * those keys changes, so the call page needs only that list to say "settings unreadable" (its own
 * bundle has no room for the schema).
 */
export function watchDamage(): void {
  const update = async () => {
    const damaged = await findDamage();
    const { settingsDamaged } = await browser.storage.local.get('settingsDamaged');
    if (JSON.stringify(settingsDamaged ?? []) !== JSON.stringify(damaged)) await writeLocal({ settingsDamaged: damaged });
  };
  void update();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CHECKED.some((key) => key in changes)) void update();
  });
}
