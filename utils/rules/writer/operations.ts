// Every change to the rule sets' storage, as data: what options, popup and the background's own
// checks ask the one writer (writer.ts) to do. Documents travel as their JSON text and are
// checked again against the state at the moment they are applied, never trusted from a preview.
import type { RuleSetError } from '../errors';
import type { RuleSetSource } from '../stored';
import type { RuleSetDocument } from '../types';

export type ManagedReading = { status: 'none' } | { status: 'ok'; doc: RuleSetDocument } | { status: 'invalid'; error: RuleSetError };

/** What a subscription check brought back: the text and the address that answered, or why not. */
export type Fetched = { text: string; url: string } | { error: RuleSetError };

export type Operation =
  /** "Use this rule set": `text` is the previewed document; `takeOver` the ids whose calls the person saw it take. */
  | { kind: 'accept'; text: string; source: RuleSetSource; follow?: string; takeOver?: string[] }
  /** A followed rule set's check: `url` is the address it was fetched from (a changed one means: not ours any more). */
  | { kind: 'subscription'; id: string; url: string; fetched: Fetched }
  | { kind: 'remove'; id: string }
  /** "Forget this group completely": also its highest version and pinned key. */
  | { kind: 'forget'; id: string }
  | { kind: 'choose'; id: string }
  | { kind: 'acknowledge'; id: string; version: number }
  | { kind: 'managed'; reading: ManagedReading }
  /** Write back what validates, drop the rest (the options page's "Repair"). */
  | { kind: 'repair' };

export type OperationResult =
  | { ok: true; title?: string; outcome?: 'updated' | 'unchanged' | 'failed' }
  | { ok: false; error: RuleSetError };
