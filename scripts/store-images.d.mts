import type { BrowserContext } from '@playwright/test';
export const SCREENSHOT: { width: number; height: number };
export const TILE: { width: number; height: number };
export const STORE_IMAGES_DIR: string;
export function popupOverCall(context: BrowserContext, shots: { call: Buffer; popup: Buffer; path: string }): Promise<void>;
export function promotionalTile(context: BrowserContext, options: { lang: 'de' | 'en'; path: string }): Promise<void>;
