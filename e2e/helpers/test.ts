import { test as base, expect } from '@playwright/test';
import { Api } from './api.ts';
import { serverUrlVariable } from './server-url.ts';

interface Fixtures {
  /** The API of the server under test, for setting up data. */
  api: Api;
}

/**
 * Playwright's test with the server started by global-setup.ts as baseURL, so `page.goto('/')`
 * and `request` reach it, and the `api` fixture. Every spec imports `test` from here.
 */
export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from this pattern; baseURL has none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env[serverUrlVariable];
    if (!url)
      throw new Error(`${serverUrlVariable} is not set: run the tests with playwright test`);
    await use(url);
  },
  api: async ({ request }, use) => {
    await use(new Api(request));
  },
});

export { expect };
