export function rebuildFromSources(paths: { sourcesZip: string; packageZip: string; work: string }): { differences: string[]; buildLog: string };
