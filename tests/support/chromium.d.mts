import type { BrowserContext, Page, Worker } from '@playwright/test';
export const CHROME_EXTENSION_DIR: string;
export const FIXTURES_DIR: string;
export function findChromium(): string;
export const ISOLATION_ARGS: string[];
export function extensionArgs(dir: string | null): string[];
export function launchChromium(options?: {
  headless?: boolean;
  lang?: string;
  userDataDir?: string;
  extension?: boolean;
  extensionDir?: string;
  args?: string[];
}): Promise<BrowserContext>;
export function welcomePage(context: BrowserContext, timeout?: number): Promise<Page>;
export function isWelcomePage(page: Page): boolean;
export interface LiteralAnswer {
  body: string;
  contentType?: string;
  status?: number;
  headers?: Record<string, string>;
}
export function routeFixtures(context: BrowserContext, routes: Map<string, string | LiteralAnswer>): Promise<string[]>;
export function extensionWorker(context: BrowserContext): Promise<Worker>;
