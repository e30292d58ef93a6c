import { landingPages } from '../helpers/landing.ts';
import { expect, test } from '../helpers/test.ts';

for (const landing of landingPages) {
  test.describe(`the ${landing.language} landing page`, () => {
    test('shows that the system is operational', async ({ page }) => {
      await page.goto(landing.path);
      await expect(page.locator('html')).toHaveAttribute('lang', landing.lang);
      await expect(page).toHaveTitle(/^Tenderwise/);
      const status = page
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: landing.statusHeading }) });
      await expect(status).toContainText(landing.operational);
    });

    test('switches the language', async ({ page }) => {
      await page.goto(landing.path);
      await page.getByRole('link', { name: landing.switchTo, exact: true }).click();
      await expect(page).toHaveURL(new URL(landing.otherPath, page.url()).href);
      await expect(page.locator('html')).toHaveAttribute('lang', landing.otherLang);
    });
  });
}
