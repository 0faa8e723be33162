import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { QUIET_ZONE, qrMatrix } from '../../../utils/organiser/qr';

const LINK = `chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html#import=VR1.${'x'.repeat(1200)}`;

describe('the QR code of a share link', () => {
  it('is version*4+17 modules wide plus the quiet zone on both sides', () => {
    const qr = qrMatrix('https://example.org/');
    expect(qr.ok).toBe(true);
    if (!qr.ok) return;
    expect(qr.size).toBe(qr.version * 4 + 17 + 2 * QUIET_ZONE);
    const long = qrMatrix(LINK);
    if (!long.ok) throw new Error('should fit');
    expect(long.version).toBeGreaterThan(qr.version);
    expect(long.size).toBe(long.version * 4 + 17 + 2 * QUIET_ZONE);
  });

  it('covers exactly the dark modules with its runs, and nothing in the quiet zone', () => {
    const qr = qrMatrix(LINK);
    if (!qr.ok) throw new Error('should fit');
    const reference = encode(LINK, { ecc: 'L', boostEcc: true, border: QUIET_ZONE });
    const drawn = Array.from({ length: qr.size }, () => Array<boolean>(qr.size).fill(false));
    for (const run of qr.runs) {
      expect(run.width).toBeGreaterThan(0);
      for (let x = run.x; x < run.x + run.width; x++) {
        expect(drawn[run.y]![x]).toBe(false); // runs never overlap
        drawn[run.y]![x] = true;
      }
    }
    expect(drawn).toEqual(reference.data);
    const inQuietZone = qr.runs.filter((run) => run.y < QUIET_ZONE || run.y >= qr.size - QUIET_ZONE || run.x < QUIET_ZONE || run.x + run.width > qr.size - QUIET_ZONE);
    expect(inQuietZone).toEqual([]);
    // Finder pattern: the top-left corner's first row is seven dark modules in one run.
    expect(qr.runs[0]).toEqual({ x: QUIET_ZONE, y: QUIET_ZONE, width: 7 });
  });

  it('says "too long" instead of throwing when the link exceeds what a QR code holds', () => {
    expect(qrMatrix('x'.repeat(2953)).ok).toBe(true);
    expect(qrMatrix('x'.repeat(2954))).toEqual({ ok: false, reason: 'too-long' });
  });
});
