import { defineConfig } from '@playwright/test';

// Debian's Chromium when there is one (Playwright cannot download its own
// browsers on every machine); Playwright's bundled one otherwise.
const executablePath = process.env.WOOTROOM_CHROMIUM;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    [
      'json',
      {
        outputFile: process.env.WOOTROOM_E2E_REPORT ?? 'test-results/e2e.json',
      },
    ],
  ],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // Without the networking switches Chromium keeps trying to reach
      // Google's services, which a closed network refuses by the hundred.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--no-first-run',
      ],
    },
  },
});
