import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.ts';

const browser = findChromium();

/** The spec files whose tests take longest; see `projects` below. */
const longSpecs = [
  'account-journey.spec.ts',
  'options-review.spec.ts',
  'assistant-journeys.spec.ts',
  'bid-opening.spec.ts',
  'evaluation.spec.ts',
];

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
  // Tests start in this order: the longest first, one per worker, and the short ones fill in
  // behind them, so both workers finish about together. The account journey (a quarter of the
  // run on its own) and the options review's build-up from a template (nearly as long) started
  // in file order ran alone at the end while the other worker had nothing left to do. The two
  // tender journeys through the assistant take about a minute each, some fifty turns of the chat.
  projects: [
    { name: 'long', testMatch: longSpecs },
    { name: 'pages', testIgnore: longSpecs },
  ],
  // Room for a busy machine (other builds beside the tests, axe runs of seconds each); a test that
  // needs longer says so itself.
  timeout: 60_000,
  // An assertion waits only until it holds, so a passing test is no slower for a longer limit.
  // Ten seconds were too few on a busy machine for a page after a form post (a server-side
  // render, an API call and a database write behind it): the limit is for what never comes.
  expect: { timeout: 20_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'de-DE',
    // No trace by default: recording one for every test (DOM snapshots and screenshots at each
    // step) took a fifth of the browser tests' time, for the one test in hundreds that fails.
    // A failure keeps its screenshot and its error context; for the whole trace, run the
    // failing spec again with `npx playwright test --trace on <spec>`.
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      // `npm test` runs scripts/ensure-browser.ts first, which finds or installs one.
      ...(browser.found ? { executablePath: browser.path } : {}),
      args: chromiumArgs,
    },
  },
});
