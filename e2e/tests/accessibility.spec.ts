import { axeViolations as violations } from '../helpers/axe.ts';
import { landingPages } from '../helpers/landing.ts';
import { expect, test } from '../helpers/test.ts';

for (const landing of landingPages) {
  test.describe(`the ${landing.language} landing page`, () => {
    test('has no WCAG 2.1 AA violation that axe can find', async ({ page }) => {
      await page.goto(landing.path);
      await expect(page.locator('main#main')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('has none either while the skip link is focused and shown', async ({ page }) => {
      await page.goto(landing.path);
      await page.keyboard.press('Tab');
      await expect(page.locator('a[href="#main"]')).toBeFocused();
      expect(await violations(page)).toEqual([]);
    });

    test('lets the keyboard skip to the main content', async ({ page }) => {
      await page.goto(landing.path);
      await page.keyboard.press('Tab');
      const skipLink = page.locator('a[href="#main"]');
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
    });
  });
}
