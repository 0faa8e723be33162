// Share codes: a whole rule set as one pasteable line, "VR1." + base64url(deflate-raw(JSON)).
// Rule texts compress well, so a typical signed rule set fits a QR code. Share links point at
// the extension's own options page (`…/options.html#import=VR1.…`): the code stays in the
// fragment, which browsers never send to any server.
import canonicalize from 'canonicalize';
import { fromBase64Url, toBase64Url } from './base64url';
import type { RuleSetError } from './errors';
import { readCapped } from './read-capped';
import { MAX_RULESET_BYTES, type RuleSetDocument } from './schema';

export const SHARE_CODE_PREFIX = 'VR1.';
const IMPORT_FRAGMENT = '#import=';
// deflate cannot expand data by more than a few bytes per 16 KB block, so a longer code could
// only be padding or a bomb; refusing it costs nothing.
const MAX_CODE_CHARS = SHARE_CODE_PREFIX.length + Math.ceil(((MAX_RULESET_BYTES + 1024) * 4) / 3);

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new Blob([bytes]).stream();
}

/** The document as a share code. Canonical JSON: the same document always gives the same code. */
export async function encodeShareCode(doc: RuleSetDocument): Promise<string> {
  const json = new TextEncoder().encode(canonicalize(doc) ?? '');
  const compressed = await readCapped(streamOf(json).pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  if (compressed === 'too-large') throw new Error('unreachable');
  return SHARE_CODE_PREFIX + toBase64Url(compressed);
}

/** A link that opens the options page and offers the rule set for import. */
export function shareLinkFor(code: string, optionsPageUrl: string): string {
  return `${optionsPageUrl.split('#')[0]}${IMPORT_FRAGMENT}${code}`;
}

/** The share code in a share link (or in a pasted text that contains one), else null. */
export function shareCodeFromLink(link: string): string | null {
  const at = link.indexOf(IMPORT_FRAGMENT);
  if (at < 0) return null;
  const code = link.slice(at + IMPORT_FRAGMENT.length).split(/[&#\s]/)[0] ?? '';
  return code.startsWith(SHARE_CODE_PREFIX) ? code : null;
}

export type DecodedShareCode = { ok: true; text: string } | { ok: false; error: RuleSetError };

/**
 * The JSON text inside a share code or share link, at most MAX_RULESET_BYTES once unpacked.
 * Tolerates line breaks and spaces from copying. Never throws.
 */
export async function decodeShareCode(input: string): Promise<DecodedShareCode> {
  const bad: DecodedShareCode = { ok: false, error: { code: 'bad-share-code' } };
  const tooLarge = (kb: number): DecodedShareCode => ({
    ok: false,
    error: { code: 'too-large', params: [String(kb), String(MAX_RULESET_BYTES / 1024)] },
  });
  try {
    if (input.length > MAX_CODE_CHARS * 2) return tooLarge(Math.ceil(input.length / 1024));
    const cleaned = input.replace(/\s+/g, '');
    const code = shareCodeFromLink(cleaned) ?? cleaned;
    if (!code.startsWith(SHARE_CODE_PREFIX)) return bad;
    if (code.length > MAX_CODE_CHARS) return tooLarge(Math.ceil(code.length / 1024));
    let compressed: Uint8Array<ArrayBuffer>;
    try {
      compressed = fromBase64Url(code.slice(SHARE_CODE_PREFIX.length));
    } catch {
      return bad;
    }
    if (compressed.length === 0) return bad;
    const json = await readCapped(streamOf(compressed).pipeThrough(new DecompressionStream('deflate-raw')), MAX_RULESET_BYTES);
    if (json === 'too-large') return tooLarge(Math.ceil(MAX_RULESET_BYTES / 1024) + 1);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(json) };
  } catch {
    // Corrupt deflate data, bad UTF-8: the code was damaged on the way.
    return bad;
  }
}
