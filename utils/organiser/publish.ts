// Sign the draft and check the result the way a participant's browser will, before the
// organiser can hand anything out: a document that leaves the workshop is one participants
// accept (unless they hold a newer version or another key for the same id, which the check
// against the organiser's own published documents catches too).
import type { RuleSetError } from '../rules/errors';
import { parseRuleSet } from '../rules/import';
import type { RuleSetDocument } from '../rules/schema';
import { keyFingerprint, sign } from '../rules/signing';
import { buildDocument, type Draft } from './draft';
import { checkContext, type Published } from './published';

export type PublishResult = { ok: true; doc: RuleSetDocument; fingerprint: string } | { ok: false; error: RuleSetError };

/** The draft, signed with `keyPair` (whose public half is `publicKey`), and checked. */
export async function signAndCheck(draft: Draft, keyPair: CryptoKeyPair, publicKey: string, published: Published): Promise<PublishResult> {
  const built = buildDocument(draft, { name: draft.organiserName, key: publicKey });
  if (!built.ok) return built;
  const signed = await sign(built.doc, keyPair.privateKey);
  const checked = await parseRuleSet(JSON.stringify(signed), checkContext(published));
  // Exactly what was published already (Ed25519 signatures are deterministic): hand it out again.
  if (!checked.ok && checked.error.code === 'already-active' && Object.hasOwn(published, signed.id)) {
    return { ok: true, doc: published[signed.id]!, fingerprint: await keyFingerprint(publicKey) };
  }
  if (!checked.ok) return checked;
  if (checked.signed !== 'valid' || checked.fingerprint === undefined) return { ok: false, error: { code: 'tampered' } };
  return { ok: true, doc: checked.doc, fingerprint: checked.fingerprint };
}

/** The file name a signed rule set is saved under: "<id>-v<version>.json". */
export function ruleSetFileName(doc: RuleSetDocument): string {
  return `${doc.id}-v${doc.version}.json`;
}

/** The text of a rule-set file: readable JSON, the same document that was signed. */
export function ruleSetFileText(doc: RuleSetDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Where in the workshop form a field named in an import error is edited. */
export type FormField =
  | 'id'
  | 'title'
  | 'version'
  | 'rules'
  | 'rule'
  | 'policy'
  | 'roster'
  | 'expected'
  | 'meetings'
  | 'reminders'
  | 'everyMinutes'
  | 'organiserName';

/**
 * "rules[2].text.en" → { field: 'rule', position: 2 }, "roster.expected" → { field: 'expected' }.
 * Null for fields the form does not show (format, signature, organiser.key).
 */
export function formFieldOf(path: string | undefined): { field: FormField; position?: number } | null {
  if (!path) return null;
  const position = /^[a-z]+\[(\d+)\]/i.exec(path)?.[1];
  const at = position === undefined ? {} : { position: Number(position) };
  if (path === 'id' || path === 'title' || path === 'version') return { field: path };
  if (path.startsWith('rules[')) return { field: 'rule', ...at };
  if (path.startsWith('rules')) return { field: 'rules' };
  if (path.startsWith('names')) return { field: 'policy' };
  if (path.startsWith('roster.expected')) return { field: 'expected' };
  if (path.startsWith('roster')) return { field: 'roster' };
  if (path.startsWith('meetings')) return { field: 'meetings', ...at };
  if (path.startsWith('reminders.everyMinutes')) return { field: 'everyMinutes' };
  if (path.startsWith('reminders')) return { field: 'reminders' };
  if (path === 'organiser' || path.startsWith('organiser.name')) return { field: 'organiserName' };
  return null;
}
