import { defineConfig } from '@playwright/test';

// Each test starts its own Chromium with the built extension; two cores, so one at a time
// keeps timings honest and the machine responsive.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
