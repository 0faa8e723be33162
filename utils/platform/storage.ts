// Everything the extension keeps, in one place: every key is spelled here and nowhere else, with
// the shape of its value, what it holds before anything was stored, its version and migrations.
//
// Options, popup and background use the WXT storage items below. The call content script keeps
// off the storage library (its size budget) and reads and writes the same keys through the typed
// functions in local-values.ts. Each item is created `/* @__PURE__ */`, so a bundle that takes only
// the keys (the content script) leaves the storage library out: keep that mark on new items.
//
// Migrations: to change a value's shape, raise its version in VERSIONS and add the step to
// MIGRATIONS. The background migrates every item when it starts (migrateStorage); the content
// script never migrates, it writes the version it was built with (local-values.ts).
import { storage } from 'wxt/utils/storage';
import type { CallMarks } from '../call/group-call';
import type { Prefs } from '../checks/guards/types';
import type { QuickChecks } from '../checks/quick-check';
import type { Draft } from '../organiser/draft';
import type { Published } from '../organiser/published';
import type { StoredOrganiserKey } from '../organiser/store';
import type { RosterAdditions } from '../roster/additions';
import type { RuleSetError } from '../rules/errors';
import type { StoredRuleSet } from '../rules/stored';
import type { KeptNames } from './kept-names';
import type { RuleSetDocument } from '../rules/types';

/** What each key of `storage.local` holds. */
export interface LocalValues {
  /** The person's own choices (names they decided to keep). */
  prefs: Prefs;
  /** Rule-set id → every group's accepted rule set. */
  ruleSets: Record<string, StoredRuleSet>;
  /** The id of the rule set the person chose for calls no rule set's `meetings` cover. */
  activeRuleSetId: string | null;
  /** The admin's rule set from browser policy, checked by the background (null: none). */
  managedRuleSet: RuleSetDocument | null;
  /** Why the admin's policy was not applied (shown on the options page), or null. */
  managedError: RuleSetError | null;
  /** Rule-set id → organiser key (base64url) pinned by its first signed version. */
  pinnedKeys: Record<string, string>;
  /** Rule-set id → the version the person agreed to ("I agree to these rules"). */
  acknowledged: Record<string, number>;
  /** Rule-set id → the highest version ever accepted, kept after "Remove" so no older one comes back. */
  ruleSetFloors: Record<string, number>;
  /**
   * Which stored settings did not validate (the background checks them at every change,
   * utils/rules/writer/damage.ts): the call page shows `settings-unreadable` while there are any.
   */
  settingsDamaged: string[];
  /** "Keep my name": keyed hashes (HMAC-SHA-256 under this browser's own random key), never the names. */
  keptNames: KeptNames;
  /** Meeting → the day its quick check was done (utils/checks/quick-check.ts). */
  quickChecks: QuickChecks;
  /** Rule-set id → { salt, exact }: names "added to my list" on a call page, as keyed hashes only. */
  rosterAdditions: RosterAdditions;
  /** Origins of the self-hosted call servers the person added (utils/clients/self-hosted.ts). */
  selfHostedServers: string[];
  /** Meeting → "my group's call" / "not my group's call", as the person said in the popup (utils/call/group-call.ts). */
  callMarks: CallMarks;
  /** The person chose "check every call", not only the group's. */
  checkEveryCall: boolean;
  /** The organiser's rule set being written (hashes only, never names). */
  organiserDraft: Draft | null;
  /** The organiser's signing key pair. */
  organiserKey: StoredOrganiserKey | null;
  /** Rule-set id → the documents the organiser published. */
  organiserPublished: Published;
}
export type LocalKey = keyof LocalValues;

/** The keys the call content script reads (utils/platform/local-values.ts). */
export type CallKey =
  | 'ruleSets'
  | 'activeRuleSetId'
  | 'managedRuleSet'
  | 'keptNames'
  | 'quickChecks'
  | 'rosterAdditions'
  | 'settingsDamaged'
  | 'callMarks'
  | 'checkEveryCall'
  | 'selfHostedServers';

/**
 * What the call page's keys hold while nothing was stored. Apart from the others' so the content
 * script, which bundles this object, carries only its own (its size budget).
 */
export const CALL_FALLBACKS: { readonly [K in CallKey]: LocalValues[K] } = {
  ruleSets: {},
  activeRuleSetId: null,
  managedRuleSet: null,
  keptNames: { key: '', hashes: [] },
  quickChecks: {},
  rosterAdditions: {},
  settingsDamaged: [],
  callMarks: {},
  checkEveryCall: false,
  selfHostedServers: [],
};

/** What a key holds while nothing was stored (the keys of this object are all keys of `storage.local`). */
export const FALLBACKS: { readonly [K in LocalKey]: LocalValues[K] } = /* @__PURE__ */ Object.freeze({
  ...CALL_FALLBACKS,
  prefs: Object.freeze({ keptOwnNames: [] }) as Prefs,
  managedError: null,
  pinnedKeys: {},
  acknowledged: {},
  ruleSetFloors: {},
  organiserDraft: null,
  organiserKey: null,
  organiserPublished: {},
});

/** Every key carries a version from day one; a key not listed here is at version 1. */
export const VERSIONS: { readonly [K in LocalKey]?: number } = {};
export const versionOf = (key: LocalKey): number => VERSIONS[key] ?? 1;

/** Version → the step from the version before (none yet). */
const MIGRATIONS: { readonly [K in LocalKey]?: Record<number, (old: unknown) => LocalValues[K]> } = {};

function defineLocal<K extends LocalKey>(key: K) {
  const migrations = MIGRATIONS[key];
  return storage.defineItem<LocalValues[K]>(`local:${key}`, {
    fallback: FALLBACKS[key],
    version: versionOf(key),
    ...(migrations ? { migrations } : {}),
  });
}

export const prefsItem = /* @__PURE__ */ defineLocal('prefs');
export const ruleSetsItem = /* @__PURE__ */ defineLocal('ruleSets');
export const activeRuleSetIdItem = /* @__PURE__ */ defineLocal('activeRuleSetId');
export const managedRuleSetItem = /* @__PURE__ */ defineLocal('managedRuleSet');
export const managedErrorItem = /* @__PURE__ */ defineLocal('managedError');
export const pinnedKeysItem = /* @__PURE__ */ defineLocal('pinnedKeys');
export const acknowledgedItem = /* @__PURE__ */ defineLocal('acknowledged');
export const ruleSetFloorsItem = /* @__PURE__ */ defineLocal('ruleSetFloors');
export const keptNamesItem = /* @__PURE__ */ defineLocal('keptNames');
export const settingsDamagedItem = /* @__PURE__ */ defineLocal('settingsDamaged');
export const quickChecksItem = /* @__PURE__ */ defineLocal('quickChecks');
export const rosterAdditionsItem = /* @__PURE__ */ defineLocal('rosterAdditions');
export const selfHostedServersItem = /* @__PURE__ */ defineLocal('selfHostedServers');
export const callMarksItem = /* @__PURE__ */ defineLocal('callMarks');
export const checkEveryCallItem = /* @__PURE__ */ defineLocal('checkEveryCall');
export const organiserDraftItem = /* @__PURE__ */ defineLocal('organiserDraft');
export const organiserKeyItem = /* @__PURE__ */ defineLocal('organiserKey');
export const organiserPublishedItem = /* @__PURE__ */ defineLocal('organiserPublished');

const EVERY_ITEM = [
  prefsItem,
  ruleSetsItem,
  activeRuleSetIdItem,
  managedRuleSetItem,
  managedErrorItem,
  pinnedKeysItem,
  acknowledgedItem,
  ruleSetFloorsItem,
  keptNamesItem,
  settingsDamagedItem,
  quickChecksItem,
  rosterAdditionsItem,
  selfHostedServersItem,
  callMarksItem,
  checkEveryCallItem,
  organiserDraftItem,
  organiserKeyItem,
  organiserPublishedItem,
];

/** Brings every stored value up to its item's version (the background, at start). */
export async function migrateStorage(): Promise<void> {
  await Promise.all(EVERY_ITEM.map((item) => item.migrate()));
}

/** `storage.session` (memory only, gone when the browser closes): a call tab's state for the badge and the popup. */
export const tabStateKey = (tabId: number) => `session:tab-state-${tabId}` as const;

/** `storage.managed`: the policy key admins set, the rule-set document as a JSON string (docs/admin-deployment.md). */
export const MANAGED_RULE_SET_KEY = 'ruleSet';
