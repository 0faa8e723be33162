export const ICON_SIZES: number[];
export const ICON_SOURCE: string;
export const ICON_DIR: string;
export function renderIcon(size: number, svg?: Buffer | string): Buffer;
export function iconFile(size: number): string;
