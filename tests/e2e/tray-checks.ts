import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { clientState, expectBeside, keepNameInClientState, keepOff, layOut, SIZES } from './client-layout';
import { expect, openNotice } from './harness';

/** A client's layout.ts regions: what the tray must keep off (nameField among them on a pre-join page). */
type Regions = Record<string, string> & { nameField: string };
type Client = Parameters<typeof layOut>[1];
/** Serious and critical WCAG A/AA violations in the tray (its host's tag is random per page: asked of the page). */
async function trayViolations(page: Page): Promise<string[]> {
  const tag = await page.evaluate(() => [...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]'))?.localName ?? '');
  expect(tag, 'the tray is on the page').not.toBe('');
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include(tag).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const notices = (target: Page | Frame, kind?: string) => target.locator(`[data-overlay-root] [data-finding${kind ? `="${kind}"` : ''}]`);

/**
 * Pre-join: a full name typed into the client's own field gets its notice; the tray stays beside the
 * field and the join button at every size; "Use 'Ute B.'" writes the short name the way typing does,
 * so the field, its form and the client's own state all have it, and the notice goes.
 */
export async function useShortNameBeside(page: Page, target: Page | Frame, client: Client, regions: Regions): Promise<void> {
  await layOut(target, client);
  const field = target.locator(regions.nameField).first();
  await keepNameInClientState(target, regions.nameField);
  await field.pressSequentially('Ute Beispiel');
  await expect(notices(target, 'own-full-name')).toHaveCount(1);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectBeside(target, keepOff(client, regions), `${client} pre-join ${size.width}×${size.height}`);
  }
  // Back to 1280×800: the tray settles beside the field again before the person clicks in it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectBeside(target, keepOff(client, regions), `${client} pre-join, back at 1280×800`);
  await openNotice(target, 'own-full-name');
  await notices(target, 'own-full-name').getByRole('button', { name: 'Use “Ute B.”' }).click();
  await expect(field).toHaveValue('Ute B.');
  expect(await clientState(target), `${client}: the client's own state`).toBe('Ute B.');
  // Where the field is in a form (Greenlight's), what the form would send.
  const sent = await field.evaluate((input: HTMLInputElement) => (input.form ? new FormData(input.form).get(input.name) : 'Ute B.'));
  expect(sent, `${client}: the form's value`).toBe('Ute B.');
  await expect(notices(target, 'own-full-name')).toHaveCount(0);
}

export interface InCall {
  /** The participants panel (open in the fixture): closed first, then opened, as the person would. */
  pane: string;
  /** Names that join through the fixture's `join` helper, so that four notices show at once. */
  joins: string[];
  /** Below this window width the panel leaves the tray no free place: only the chip. */
  chipBelow: number;
}

/** In the call: four notices beside the client's controls, with its panel closed and then open, at every size. */
export async function fourNoticesBeside(page: Page, target: Page | Frame, client: Client, regions: Record<string, string>, call: InCall): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await layOut(target, client);
  const closed = await target.addStyleTag({ content: `${call.pane} { display: none !important; }` });
  for (const name of call.joins) await target.evaluate((who) => (window as unknown as { __fixture: { join(n: string): void } }).__fixture.join(who), name);
  await expect(notices(target)).toHaveCount(4);
  await expectBeside(target, keepOff(client, regions), `${client}: panel closed`);
  // The panel opens (the fixture's own state): the tray moves out of its way.
  await closed.evaluate((style) => (style as HTMLStyleElement).remove());
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await expectBeside(target, keepOff(client, regions), `${client}: panel open, ${size.width}×${size.height}`, size.width < call.chipBelow);
    // The chip (360 px) and the tray with the client's texts in it: no serious or critical axe finding.
    if (target === page && (size.width === 360 || size.width === 1280)) expect(await trayViolations(page), `${client} ${size.width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
