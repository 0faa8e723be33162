// What the call content script sees of the roster engine (engine/index.ts), which is a script of
// its own injected later: types only, so nothing of the engine is bundled into the content script.
import type { ClientAdapter } from '../clients/types';
import type { OverlayHost } from '../call/overlay-host';
import type { Finding, Guard } from '../checks/guards/types';
import type { MessageKey } from '../platform/i18n';
import type { Roster, RuleSet } from '../rules/types';
import type { RosterAdditions } from './additions';
import type { RosterChecker } from './engine/checker';
import type { NameStatus } from './memory';

/** The engine script's own part (engine/index.ts createRosterEngine). */
export interface RosterEngineCore {
  /** What each name is under this roster and these "added to my list" hashes, in order. */
  check(names: readonly string[], roster: Roster, added: readonly string[]): Promise<NameStatus[]>;
  /** The keyed hash "add to my list" keeps for a name (the roster's `exact` form). */
  exactHash(name: string, salt: string): Promise<string>;
  /** 32 random bytes, base64url: this browser's key for "Keep my name" when the background has not made it yet. */
  newKey(): string;
  /** A checker for one call page: results cached by name, `onUpdate` when a batch is in. */
  createChecker(onUpdate: () => void): RosterChecker;
  /** The roster's guards, run after the name checks (utils/checks/guards/index.ts withRosterGuards). */
  guards: readonly Guard[];
  /** The stored additions with `name` added for the rule set (`stored` as read from storage, unchecked). */
  withAddedName(stored: unknown, ruleSet: RuleSet, name: string): Promise<RosterAdditions>;
}

/** The overlay host the badges are drawn in (over the page's tiles and rows, never inside them). */
export type BadgeRoot = Pick<OverlayHost, 'mounted'>;

/** "Not on the list" badges over tiles and rows (components/overlay/badges.ts). */
export interface Badges {
  /** Put badges where the findings say, take the others away. */
  sync(findings: readonly Finding[]): void;
  /** The page changed (a tile or row may have been re-rendered): place the last findings' badges again. */
  resync(): void;
}

export type CreateBadges = (doc: Document, adapter: ClientAdapter, label: (key: MessageKey) => string, host: BadgeRoot) => Badges;

/**
 * The engine as the content script receives it: with the badges, which ride along in the engine's
 * script (they are only needed with a roster) but are components, so the entrypoint
 * (entrypoints/roster-engine.ts) adds them: utils never import components.
 */
export interface RosterEngine extends RosterEngineCore {
  createBadges: CreateBadges;
}
