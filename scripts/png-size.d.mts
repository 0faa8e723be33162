export function pngSize(fileOrBytes: string | Buffer): { width: number; height: number };
