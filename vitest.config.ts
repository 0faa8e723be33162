import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Tests that read the built extension; they share one build (tests/unit/setup/build.ts). */
const BUILD_TESTS = ['tests/unit/manifest.test.ts', 'tests/unit/bundle-size.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Adapter tests opt into a DOM per file with `// @vitest-environment happy-dom`.
    environment: 'node',
    // One fixed fast-check seed for every property test (FC_SEED to explore others).
    setupFiles: ['tests/unit/setup/fast-check.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: BUILD_TESTS } },
      // Its global setup builds only when one of these tests is run.
      { extends: true, test: { name: 'build', include: BUILD_TESTS, globalSetup: ['tests/unit/setup/build.ts'] } },
    ],
  },
});
