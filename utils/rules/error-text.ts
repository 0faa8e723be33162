// RuleSetError → the message a person reads (public/_locales/*/messages.json, ruleError_*).
// Kept apart from import.ts so the import logic stays free of browser APIs and the
// messages can be checked against every error code in a test.
import { t, type MessageKey } from '../platform/i18n';
import type { RuleSetError, RuleSetErrorCode } from './errors';

type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;
type RuleErrorKey = `ruleError_${Underscored<RuleSetErrorCode>}`;

// Fails to compile when a code has no message in messages.json.
const _everyCodeHasAMessage: RuleErrorKey extends MessageKey ? true : never = true;

/** The messages.json key and substitutions for an error. */
export function ruleErrorMessage(error: RuleSetError): { key: RuleErrorKey & MessageKey; substitutions: string[] } {
  const key = `ruleError_${error.code.replace(/-/g, '_')}` as RuleErrorKey;
  return { key, substitutions: error.params ?? [] };
}

/** The error as text in the browser's language. */
export function ruleErrorText(error: RuleSetError): string {
  const { key, substitutions } = ruleErrorMessage(error);
  return t(key, substitutions);
}
