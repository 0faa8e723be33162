export const ICON_SIZES: number[];
export const LOCALES: string[];
type Files = Record<string, Uint8Array>;
export function manifestOf(files: Files): { icons?: Record<string, string>; action?: { default_icon?: Record<string, string> }; default_locale?: string } & Record<string, unknown>;
export function iconProblems(files: Files): string[];
export function unresolvedMessages(files: Files): string[];
export function strayFiles(files: Files): string[];
