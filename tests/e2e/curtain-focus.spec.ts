import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { checkEveryCall, expect, test, untilRead } from './harness';
import { curtainShown, pressShortcut } from './curtain-checks';
import { addFocusablesInPage, FOCUS_HIDDEN, whereFocusIsInPage } from '../support/curtain-focus.mjs';

// While the whole call is hidden, the keyboard reaches nothing under the covers (a tile's pin
// button, a participant's row, the chat's input) but still reaches the client's controls and the
// curtain's own button; lifted, it reaches everything again. Real Tab presses, on Jitsi's tile
// view with a chat panel and a participants pane as Jitsi renders them, and its mute button
// (tests/support/curtain-focus.mjs; Firefox: tests/firefox/curtain.test.mjs).
const URL = 'https://meet.jit.si/SelbsthilfeMitte';

async function openCall(page: Page): Promise<void> {
  await page.context().route(`${URL}*`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(resolve('tests/fixtures/jitsi/tile-view.html')) }));
  await page.goto(URL);
  await page.evaluate(addFocusablesInPage);
}

/** Presses Tab (or Shift+Tab) `times` times; after each press, where focus is: `ours`, `hidden`, `control` or `other`. */
async function tabThrough(page: Page, times: number, key = 'Tab'): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    seen.push(await whereFocusIs(page));
  }
  return seen;
}

function whereFocusIs(page: Page): Promise<string> {
  return page.evaluate(whereFocusIsInPage, FOCUS_HIDDEN);
}

test('while the call is hidden, Tab and Shift+Tab reach only the controls and the curtain\'s button; lifted, everything again', async ({ context, serviceWorker }) => {
  await checkEveryCall(serviceWorker);
  const page = await context.newPage();
  await openCall(page);
  await untilRead(page);
  // The proof can fail: without the curtain, Tab reaches the hidden parts.
  const before = await tabThrough(page, 12);
  expect(before).toContain('hidden');
  expect(before).toContain('control');

  // Typing in the chat when the shortcut is pressed: the typing leaves the hidden chat at once.
  await page.focus('#usermsg');
  await pressShortcut(serviceWorker, `${URL}*`);
  expect(await curtainShown(page)).toBe('call');
  expect(await whereFocusIs(page)).toBe('ours');
  await page.keyboard.type('abc');
  expect(await page.inputValue('#usermsg')).toBe('');

  const forward = await tabThrough(page, 12);
  const backward = await tabThrough(page, 12, 'Shift+Tab');
  for (const seen of [forward, backward]) {
    expect(seen).not.toContain('hidden');
    expect(seen).toContain('control');
    expect(seen).toContain('ours');
  }

  await pressShortcut(serviceWorker, `${URL}*`);
  expect(await curtainShown(page)).toBeNull();
  expect(await tabThrough(page, 12)).toContain('hidden');
  await page.focus('#usermsg');
  await page.keyboard.type('abc');
  expect(await page.inputValue('#usermsg')).toBe('abc');
});
