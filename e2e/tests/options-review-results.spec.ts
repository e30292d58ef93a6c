import { expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { scoredReview } from '../helpers/scored-review.ts';
import { expect, test } from '../helpers/test.ts';
import { attachScreenshot } from '../helpers/screenshots.ts';

// The results of an options review: a review with three options, two submitted score sheets and
// the lead's consensus is set up through the API; the browser opens the results tab, finds the
// charts with their tables, and moves a what-if slider: the what-if ranking changes while the
// ranking of the results stays.

test.use({ signedInAs: 'officer' });

test('the results tab shows the ranking and its charts, and the what-if re-ranks without changing it', async ({
  page,
  me,
  setupApi,
  playwright,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const { reviewId } = await scoredReview({
    request: playwright.request,
    baseURL: baseURL!,
    setupApi,
    lead: me,
    member: { emailPrefix: 'ergebnis', displayName: 'Erik Ergebnis', passwordWord: 'reiher' },
    review: {
      schemeId: 'results',
      title: { de: 'Ergebnis', en: 'Results' },
      purpose: 'Drei Wege vergleichen.',
    },
  });

  const adopted = page.locator('#results-ranking tbody tr');
  const whatIf = page.getByRole('table', { name: /Was-wäre-wenn-Rangfolge/ }).locator('tbody tr');

  await test.step('the results tab shows the ranking, the charts and their tables', async () => {
    await page.goto(`/reviews/${reviewId}`);
    await page
      .getByRole('navigation', { name: 'Bereiche des Optionenvergleichs' })
      .getByRole('link', { name: 'Ergebnis', exact: true })
      .click();
    await expect(page.getByRole('heading', { name: 'Ergebnis', level: 2 })).toBeVisible();
    await expect(adopted.first()).toContainText('Souveräne Cloud');
    for (const name of [
      'Punkte je Option nach Kriterien der obersten Ebene',
      'Erreichter Anteil der Punkte je Option und Kriterium',
      'Gewichtsbereiche, in denen die erstplatzierte Option vorn bleibt',
      'Wie oft jede Option welchen Rang erreicht, wenn die Gewichte schwanken',
      'Souveräne Cloud und openDesk beim Landesdienstleister bei jedem Kriterium',
    ]) {
      await expect(page.getByRole('img', { name })).toBeVisible();
      // The same numbers as a table, for anyone who cannot see the picture.
      await expect(page.getByRole('table', { name })).toBeAttached();
    }
    await expect(page.getByRole('heading', { name: /TOPSIS/ })).toContainText('beratend');
    await attachScreenshot(page, testInfo, 'results-de');
  });

  await test.step('a what-if slider re-ranks, while the ranking of the results stays', async () => {
    await expect(whatIf.first()).toContainText('Souveräne Cloud');
    const topLevel = page.getByRole('group', { name: 'Oberste Ebene' });
    await topLevel.getByLabel('Betriebskonzept').fill('0');
    await topLevel.getByLabel('Preis').fill('100');
    await expect(whatIf.first()).toContainText('Hyperscaler-Suite');
    await expect(
      page.getByRole('status').filter({ hasText: 'weicht die Rangfolge' }),
    ).toBeVisible();
    await expect(adopted.first()).toContainText('Souveräne Cloud');
    await expect(whatIf.first().locator('.adopted-rank')).toHaveText('3');
    await attachScreenshot(page, testInfo, 'results-what-if');
  });

  await test.step('the page reads in English too, and axe finds nothing in either language', async () => {
    await page.goto(`/en/reviews/${reviewId}/results`);
    await expect(page.getByRole('heading', { name: 'Results', level: 2 })).toBeVisible();
    await expect(
      page.getByRole('img', { name: 'Points per option by top-level criterion' }),
    ).toBeVisible();
    await expect(page.getByText('What-if only: moving the sliders saves nothing')).toBeVisible();
    await attachScreenshot(page, testInfo, 'results-en');
    await expectAccessibleInBothLanguages(page);
  });
});
