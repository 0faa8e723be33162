// @vitest-environment happy-dom
// Every client tells the tray where the person acts (utils/clients/<id>/layout.ts): its regions are
// on its pages, its pre-join name field is the one the adapter reads the typed name from, and its
// steps (renaming yourself, acting on a flagged person) exist in German and English.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS } from './all-adapters';
import { clearDocument, loadFixture } from './load-fixture';

const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(resolve(__dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8'));
const LOCALES = { de: messages('de'), en: messages('en') };
/** The fixture of each client's call, with its controls and its participants panel. */
const IN_CALL: Record<string, string> = { jitsi: 'participants-pane.html', zoom: 'in-call.html' };

afterEach(clearDocument);

describe.each(ADAPTERS.map((entry) => [entry.id, entry.create()] as const))('%s', (id, adapter) => {
  it('names its steps for renaming yourself and for a flagged person, in German and English', () => {
    for (const key of [adapter.renameHelpKey, adapter.rosterHelpKey]) {
      expect(key, `${id}: a message key`).toBeDefined();
      for (const [lang, all] of Object.entries(LOCALES)) expect(all[key!]?.message, `${lang}: ${key}`).toBeTruthy();
    }
  });

  it('pre-join: the name field is the input the adapter reads the typed name from, and a region', () => {
    loadFixture(`${id}/prejoin.html`);
    const field = adapter.nameField?.(document) ?? null;
    expect(field, `${id}: a name field on prejoin.html`).toBeInstanceOf(HTMLInputElement);
    field!.value = 'Ute Beispiel';
    const snapshot = adapter.read(document, null);
    expect(snapshot.phase).toBe('prejoin');
    expect(snapshot.selfName).toBe('Ute Beispiel');
    expect(adapter.neededRegions!(document)).toContain(field);
  });

  it('in the call: no name field, and the regions the tray keeps off', () => {
    loadFixture(`${id}/${IN_CALL[id] ?? 'in-call.html'}`);
    expect(adapter.nameField?.(document) ?? null).toBeNull();
    expect(adapter.neededRegions!(document).length).toBeGreaterThanOrEqual(2);
  });
});
