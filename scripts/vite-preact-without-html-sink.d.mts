import type { Plugin } from 'vite';
/** Removes Preact's `dangerouslySetInnerHTML` assignment from the build (see the .mjs beside this file). */
export function preactWithoutHtmlSink(): Plugin;
