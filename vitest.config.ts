import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Adapter tests opt into a DOM per file with `// @vitest-environment happy-dom`.
    environment: 'node',
    // One fixed fast-check seed for every property test (FC_SEED to explore others).
    setupFiles: ['tests/unit/setup/fast-check.ts'],
  },
});
