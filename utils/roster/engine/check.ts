// Is a shown name on the group's list? One name, against one roster: the decision table of
// docs/roster.md, "How a name is checked".
import { classifyName } from '../../checks/names/classify';
import type { NameStatus } from '../memory';
import { exactMessage, normaliseName, rosterForms } from './normal-forms';
import type { Mac } from './hmac';
import { imitationSignal } from './signals';

export interface RosterContext {
  /** HMAC with the roster's salt. */
  mac: Mac;
  /** `roster.members`: look-alike (skeleton) hashes. */
  members: ReadonlySet<string>;
  /** `roster.exact`: plain-form hashes; null for a roster made before they existed. */
  exact: ReadonlySet<string> | null;
  /** "Add to my list": plain-form hashes this browser keeps for the rule set (same salt). */
  added: ReadonlySet<string>;
}

/**
 * 1. A name that identifies nobody (blank, "Fellow Jitster", "Gast", "Guest") is unknown, whatever the list says.
 * 2. A spelling added to this browser's list is a member.
 * 3. No look-alike form on the list: unknown.
 * 4. Invisible or direction-changing characters: a look-alike, even when the letters match.
 * 5. With exact hashes: this spelling on the list → member, else a look-alike.
 * 6. Without: letters of two scripts (or digits) in one word → look-alike, else member.
 */
export async function checkName(name: string, ctx: RosterContext): Promise<NameStatus> {
  const plain = normaliseName(name);
  const forms = plain === '' ? [] : rosterForms(name).filter((form) => form !== '');
  const skeleton = forms[0] ?? '';
  const cls = classifyName(name);
  if (plain === '' || cls === 'default' || cls === 'empty') return { match: 'unknown', reason: 'default', plain, skeleton };

  const exactHash = await ctx.mac(exactMessage(name));
  if (ctx.added.has(exactHash)) return { match: 'member', plain, skeleton };

  let listed = false;
  for (const form of forms) {
    if (ctx.members.has(await ctx.mac(form))) {
      listed = true;
      break;
    }
  }
  if (!listed) return { match: 'unknown', plain, skeleton };

  const signal = imitationSignal(name);
  if (signal === 'invisible') return { match: 'lookalike', reason: signal, plain, skeleton };
  if (ctx.exact) {
    return ctx.exact.has(exactHash) ? { match: 'member', plain, skeleton } : { match: 'lookalike', reason: signal ?? 'confusable', plain, skeleton };
  }
  return signal ? { match: 'lookalike', reason: signal, plain, skeleton } : { match: 'member', plain, skeleton };
}
