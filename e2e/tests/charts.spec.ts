import { expectAccessible } from '../helpers/account-steps.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { watchPage } from '../helpers/page-watch.ts';
import { expect, test } from '../helpers/test.ts';

// Charts are SVG drawn by Svelte from geometry computed on the server (d3-scale, d3-shape), with
// attributes and classes only, under the Content-Security-Policy that forbids inline styles
// (docs/decisions/0012-charts-as-svelte-svg.md). The proof: the administration's chart of how much
// of each criteria catalogue is checked against its sources.

interface CatalogueIndex {
  catalogues: {
    id: string;
    title: { de: string; en: string };
    entryCount: number;
    verifiedCount: number;
  }[];
}

test.use({ signedInAs: 'admin' });

test('the administration charts the checked share of each catalogue, accessibly and within the CSP', async ({
  page,
  setupApi,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await loadCatalogue();
  const { catalogues } = await setupApi.get<CatalogueIndex>('/api/v1/catalogue');
  expect(catalogues.length).toBeGreaterThan(1);
  const watch = await watchPage(page, baseURL!);

  for (const language of [
    {
      path: '/administration',
      title: 'Geprüfte und ungeprüfte Einträge je Kriterienkatalog',
      description: /^Von \d+ Einträgen sind \d+ an ihren Quellen geprüft/,
      locale: 'de' as const,
    },
    {
      path: '/en/administration',
      title: 'Checked and unchecked entries per criteria catalogue',
      description: /^\d+ of \d+ entries are checked against their sources/,
      locale: 'en' as const,
    },
  ]) {
    await page.goto(language.path);
    const chart = page.getByRole('img', { name: language.title });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(language.description);
    // One labelled bar per catalogue, each drawn with at least one segment.
    const labels = await chart
      .locator('text.chart__label')
      .evaluateAll((texts) =>
        texts.map((text) =>
          [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
        ),
      );
    expect(labels.sort()).toEqual(catalogues.map((c) => c.title[language.locale]).sort());
    expect(await chart.locator('rect').count()).toBeGreaterThanOrEqual(catalogues.length);

    // The numbers, as a table for screen readers.
    const table = page.getByRole('table', { name: language.title });
    await expect(table.getByRole('row')).toHaveCount(1 + catalogues.length);
    for (const catalogue of catalogues) {
      const row = table.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: catalogue.title[language.locale], exact: true }),
      });
      await expect(row.getByRole('cell')).toHaveText([
        String(catalogue.entryCount),
        String(catalogue.verifiedCount),
        String(catalogue.entryCount - catalogue.verifiedCount),
      ]);
    }

    // Nothing in the chart relies on a style attribute, which the CSP would block.
    await expect(page.locator('figure.chart [style]')).toHaveCount(0);
    await expectAccessible(page);
  }

  await page.waitForLoadState('networkidle');
  expect(watch.errors).toEqual([]);
  expect(watch.external).toEqual([]);
});
