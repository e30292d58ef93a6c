import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { landingPages } from '../helpers/landing.ts';
import { expect, test } from '../helpers/test.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  // Rule, impact and the offending elements: enough to fix it without rerunning axe.
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

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
