// A QR code of a share link, as data: which modules are dark, merged into horizontal runs so
// the SVG needs one <rect> per run instead of one per module. Rendering is left to
// components/organiser/QrCode.tsx (Preact elements, no markup strings).
import { encode } from 'uqr';

/** Light modules around the code, as ISO/IEC 18004 asks for, so phone cameras find it. */
export const QUIET_ZONE = 4;

export interface QrRun {
  x: number;
  y: number;
  width: number;
}

export type QrMatrix =
  | { ok: true; version: number; /** modules per side, quiet zone included */ size: number; runs: QrRun[] }
  | { ok: false; reason: 'too-long' };

/**
 * The QR code for `text` (byte mode, error correction L, raised when the same size allows).
 * A text beyond version 40's capacity (2953 bytes) gives 'too-long' instead of throwing.
 */
export function qrMatrix(text: string): QrMatrix {
  let qr: ReturnType<typeof encode>;
  try {
    qr = encode(text, { ecc: 'L', boostEcc: true, border: QUIET_ZONE });
  } catch {
    return { ok: false, reason: 'too-long' };
  }
  const runs: QrRun[] = [];
  qr.data.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      const dark = x < row.length && row[x] === true;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  });
  return { ok: true, version: qr.version, size: qr.size, runs };
}
