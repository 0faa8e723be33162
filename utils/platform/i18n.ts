import { browser } from 'wxt/browser';

type Messages = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

/** A UI string in the browser's language (German and English are complete). */
export function t(key: MessageKey, substitutions: string[] = []): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** Which text of a rule (de/en) to show: German for German browsers, English otherwise. */
export function ruleLanguage(): 'de' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}
