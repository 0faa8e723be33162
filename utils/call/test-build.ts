/**
 * True only in a build made with VERTRAULICH_OPEN_SHADOW_ROOT=1 (wxt.config.ts defines the
 * constant): the overlay's shadow root is open and the read-count requests of tests and
 * benchmarks are answered. Shipped builds and unit tests: false.
 */
declare const __VERTRAULICH_TEST_BUILD__: boolean | undefined;
export const TEST_BUILD: boolean = typeof __VERTRAULICH_TEST_BUILD__ !== 'undefined' && __VERTRAULICH_TEST_BUILD__ === true;
