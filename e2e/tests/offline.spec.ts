import { landingPages } from '../helpers/landing.ts';
import { watchPage } from '../helpers/page-watch.ts';
import { expect, test } from '../helpers/test.ts';

// Tenderwise runs without the internet: no CDN, no hosted fonts, no telemetry. Every request a
// page makes must go to this server, and nothing may fail or be blocked on the way.

for (const landing of landingPages) {
  test(`the ${landing.language} landing page loads everything from this server, without errors`, async ({
    page,
    baseURL,
  }) => {
    const watch = await watchPage(page, baseURL!);
    await page.goto(landing.path);
    await expect(page.getByRole('heading', { name: landing.statusHeading })).toBeVisible();
    // Lazy chunks, fonts and the health poll have been asked for by now.
    await page.waitForLoadState('networkidle');
    expect(watch.requests.length).toBeGreaterThan(0);
    expect(watch.external).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
}

test('the API reference renders from this server alone, without errors', async ({
  page,
  baseURL,
}) => {
  const watch = await watchPage(page, baseURL!);
  await page.goto('/api/docs');
  // Rendered from the OpenAPI document: its title and an operation of the API.
  await expect(
    page.getByRole('heading', { name: 'Tenderwise', exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByText('/api/health').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(watch.requests).toContain(new URL('/api/openapi.json', baseURL).href);
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});
