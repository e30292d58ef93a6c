import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.ts';

const browser = findChromium();

export default defineConfig({
  testDir: './tests',
  // Starts the production server on a free port with a fresh data directory; see the file.
  globalSetup: './global-setup.ts',
  reporter: 'list',
  retries: 0,
  // One server with the embedded database, two cores: two workers keep both busy.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'de-DE',
    trace: 'retain-on-failure',
    launchOptions: {
      // `npm test` runs scripts/ensure-browser.ts first, which finds or installs one.
      ...(browser.found ? { executablePath: browser.path } : {}),
      args: chromiumArgs,
    },
  },
});
