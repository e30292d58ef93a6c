import type { Page, TestInfo } from '@playwright/test';

/** Set to 1 to keep full-page screenshots of the journeys' main pages with the test results. */
export const screenshotsVariable = 'E2E_SCREENSHOTS';

/**
 * A full-page screenshot of what the test reached, attached to its results for people to look
 * at: `E2E_SCREENSHOTS=1 npx playwright test` in `e2e/`, then `npx playwright show-report`.
 * Taken only when asked for: the screenshots assert nothing, and three dozen full pages cost the
 * suite seconds of both cores on every run. A failing test gets its screenshot anyway
 * (`screenshot: 'only-on-failure'` in playwright.config.ts).
 */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  if (process.env[screenshotsVariable] !== '1') return;
  await testInfo.attach(name, {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
}
