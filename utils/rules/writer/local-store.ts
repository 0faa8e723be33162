import { browser } from 'wxt/browser';
import { writeLocal } from '../../platform/local-values';
import type { StateStore } from './writer';
import { STATE_KEYS } from './state';

/**
 * The writer's state in `storage.local` (the keys of utils/platform/storage.ts), read as stored,
 * without fallbacks: what is missing and what is damaged are told apart (state.ts).
 */
export const localStateStore: StateStore = {
  read: () => browser.storage.local.get([...STATE_KEYS]),
  write: (values) => writeLocal(values),
};
