// Types of build.mjs for the specs that import it.
export declare const JITSI_SDK: { name: string; version: string; libJitsiMeet: string; integrity: string };
export declare const CACHE_DIR: string;
export declare const PAGE: string;
export declare function buildJitsiUi(options?: { force?: boolean; log?: (line: string) => void }): Promise<string>;
