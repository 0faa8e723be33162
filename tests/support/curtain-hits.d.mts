export function curtainHitsInPage(query: string): Promise<string[]>;
