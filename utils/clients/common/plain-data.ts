/**
 * Tiny validators for the plain data a MAIN-world bridge posts. The rule-set code uses zod;
 * the content script does not, because zod's core alone would take the content script past
 * its 20 KB (gzip) budget, and a bridge message is a handful of flat fields.
 * Each checker returns the value typed, or throws Invalid; `parsePlain` turns that into null.
 */
export class Invalid extends Error {}

export type Check<T> = (value: unknown) => T;

export const text =
  (max: number, min = 0): Check<string> =>
  (value) => {
    if (typeof value !== 'string' || value.length < min || value.length > max) throw new Invalid();
    return value;
  };

export const bool: Check<boolean> = (value) => {
  if (typeof value !== 'boolean') throw new Invalid();
  return value;
};

export const literal =
  <T extends string | number>(...allowed: T[]): Check<T> =>
  (value) => {
    if (!allowed.includes(value as T)) throw new Invalid();
    return value as T;
  };

export const list =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (value) => {
    if (!Array.isArray(value) || value.length > max) throw new Invalid();
    return value.map(item);
  };

/** Only the named fields are kept: extra fields a forger adds are dropped, not passed on. */
export const record =
  <S extends Record<string, Check<unknown>>>(shape: S): Check<{ [K in keyof S]: ReturnType<S[K]> }> =>
  (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid();
    const out = {} as { [K in keyof S]: ReturnType<S[K]> };
    for (const key of Object.keys(shape) as (keyof S)[]) {
      out[key] = shape[key]!((value as Record<keyof S, unknown>)[key]) as ReturnType<S[typeof key]>;
    }
    return out;
  };

export function parsePlain<T>(check: Check<T>, value: unknown): T | null {
  try {
    return check(value);
  } catch (error) {
    if (error instanceof Invalid) return null;
    throw error;
  }
}
