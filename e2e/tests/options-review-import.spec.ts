import { readSheet } from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { expectAccessible, expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { sameOriginOptions, uniqueSuffix } from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { expect, test } from '../helpers/test.ts';
import { attachScreenshot } from '../helpers/screenshots.ts';

// Options imported from a spreadsheet: the lead downloads the template of the review's scheme,
// fills it in and uploads it; a file with errors lists them by row and column and creates
// nothing. The review is set up through the API; only the import is driven in the browser.

test.use({ signedInAs: 'officer' });

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const scheme = {
  schemaVersion: 1,
  id: 'collaboration',
  title: { de: 'Zusammenarbeit', en: 'Collaboration' },
  currency: 'EUR',
  submissionDeadline: '2027-01-15',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  minimumRequirements: [
    { id: 'eu-data', legalType: 'minimum', title: { de: 'Daten in der EU', en: 'Data in the EU' } },
  ],
  award: [
    {
      kind: 'metric',
      id: 'availability',
      parentId: null,
      title: { de: 'Verfügbarkeit', en: 'Availability' },
      weightBp: 6000,
      subject: 'service',
      unit: '%',
      utility: { kind: 'linear', worst: 99, best: 99.99 },
    },
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Preis', en: 'Price' },
      weightBp: 4000,
    },
  ],
};

/** A workbook of one sheet with these rows, as a spreadsheet program would save it. */
async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  return writeExcelFile(rows).toBuffer();
}

test('the lead imports options from the filled-in template; a file with errors creates nothing', async ({
  page,
  me,
  playwright,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const context = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  const api = new Api(context);
  try {
    const review = await api.post<{ id: string }>('/api/v1/options-reviews', {
      title: `Import ${uniqueSuffix()}`,
      purpose: 'Optionen aus einer Tabelle übernehmen.',
      referenceDate: '2027-01-15',
    });
    await api.post(`/api/v1/options-reviews/${review.id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    const options = async () =>
      (
        await api.get<{ options: { name: string }[] }>(
          `/api/v1/options-reviews/${review.id}/options`,
        )
      ).options.map((option) => option.name);

    const headings = await test.step('the lead downloads the template', async () => {
      await page.goto(`/reviews/${review.id}/options`);
      await page.getByRole('link', { name: 'Optionen importieren' }).click();
      await expect(
        page.getByRole('heading', { name: 'Optionen aus einer Datei importieren' }),
      ).toBeVisible();
      await expectAccessibleInBothLanguages(page);
      await attachScreenshot(page, testInfo, 'import-page');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Vorlage als Excel-Datei (XLSX)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('optionen-vorlage.xlsx');
      const [header] = await readSheet(await download.path());
      return header as string[];
    });
    expect(headings).toEqual([
      'Name',
      'Anbieter',
      'Leistung',
      'Antwort: Daten in der EU [eu-data]',
      'Antwort: Verfügbarkeit [availability]',
      'Antwort: Preis [price]',
      'Wert (%): Verfügbarkeit [availability]',
      'Preis (EUR)',
    ]);
    const row = (values: Record<string, string | number>) =>
      headings.map((heading) => values[heading] ?? null);

    await test.step('a file with errors shows them by row and column and creates nothing', async () => {
      const file = await workbook([
        headings,
        row({ Name: 'Souveräne Cloud', 'Wert (%): Verfügbarkeit [availability]': 99.9 }),
        row({ Name: 'Hyperscaler', 'Wert (%): Verfügbarkeit [availability]': 'hoch' }),
        row({ Name: 'souveräne cloud', 'Preis (EUR)': 1000 }),
      ]);
      await page
        .getByLabel('Datei (XLSX oder CSV)')
        .setInputFiles({ name: 'optionen-fehler.xlsx', mimeType: xlsxType, buffer: file });
      await page.getByRole('button', { name: 'Importieren' }).click();
      await expect(page.getByRole('alert')).toContainText(
        '„optionen-fehler.xlsx“ wurde nicht importiert; es wurde keine Option angelegt.',
      );
      const errors = page.getByRole('table', { name: 'Fehler in „optionen-fehler.xlsx“' });
      await expect(errors.getByRole('row')).toHaveCount(3);
      await expect(errors.getByRole('row').nth(1)).toContainText(/^3\D*G\D*„hoch“ ist keine Zahl/);
      await expect(errors.getByRole('row').nth(2)).toContainText(
        /^4\D*A\D*Derselbe Name steht schon in Zeile 2\./,
      );
      expect(await options()).toEqual([]);
      await expectAccessible(page);
      await attachScreenshot(page, testInfo, 'import-errors');
    });

    await test.step('the corrected file creates every option, shown in the options list', async () => {
      const file = await workbook([
        headings,
        row({
          Name: 'Souveräne Cloud',
          Anbieter: 'Wolke GmbH (fiktiv)',
          'Antwort: Daten in der EU [eu-data]': 'Rechenzentren in Frankfurt',
          'Wert (%): Verfügbarkeit [availability]': 99.9,
          'Preis (EUR)': 1250000,
        }),
        row({ Name: 'Hyperscaler mit EU-Region', 'Preis (EUR)': '980.000,50' }),
      ]);
      await page
        .getByLabel('Datei (XLSX oder CSV)')
        .setInputFiles({ name: 'optionen.xlsx', mimeType: xlsxType, buffer: file });
      await page.getByRole('button', { name: 'Importieren' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: '2 Optionen sind aus der Datei angelegt.' }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Optionen', exact: true })).toBeVisible();
      await expect(page.getByRole('rowheader', { name: 'Souveräne Cloud' })).toBeVisible();
      await expect(
        page.getByRole('rowheader', { name: 'Hyperscaler mit EU-Region' }),
      ).toBeVisible();
      expect(await options()).toEqual(['Souveräne Cloud', 'Hyperscaler mit EU-Region']);
      await attachScreenshot(page, testInfo, 'imported-options');
    });

    await test.step('in English, a CSV file’s errors are listed in English', async () => {
      await page.goto(`/en/reviews/${review.id}/options/import`);
      const csv = '\uFEFFName;Value (%): Availability [availability]\r\nThird option;99.9.9\r\n';
      await page
        .getByLabel('File (XLSX or CSV)')
        .setInputFiles({ name: 'options.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByRole('button', { name: 'Import' }).click();
      await expect(page.getByRole('alert')).toContainText('“options.csv” was not imported');
      await expect(
        page.getByRole('table', { name: 'Errors in “options.csv”' }).getByRole('row').nth(1),
      ).toContainText(/^2\D*B\D*“99\.9\.9” is not a number/);
      expect(await options()).toHaveLength(2);
      await expectAccessible(page);
      await attachScreenshot(page, testInfo, 'import-errors-en');
    });
  } finally {
    await context.dispose();
  }
});
