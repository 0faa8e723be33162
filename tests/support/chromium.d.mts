import type { BrowserContext, Worker } from '@playwright/test';
export const CHROME_EXTENSION_DIR: string;
export const FIXTURES_DIR: string;
export function findChromium(): string;
export function launchChromium(options?: {
  headless?: boolean;
  lang?: string;
  userDataDir?: string;
  extension?: boolean;
  args?: string[];
}): Promise<BrowserContext>;
export function routeFixtures(context: BrowserContext, routes: Map<string, string>): Promise<string[]>;
export function extensionWorker(context: BrowserContext): Promise<Worker>;
