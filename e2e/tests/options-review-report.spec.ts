import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { sameOriginOptions, uniqueSuffix } from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { expect, test } from '../helpers/test.ts';
import { attachScreenshot } from '../helpers/screenshots.ts';

// The report tab of an options review: the printable report, and its PDF and matrix downloaded
// through the web app in German and English. The review, its scheme, an option and the lead's
// submitted score sheet are set up through the API; only the report is driven in the browser.

test.use({ signedInAs: 'officer' });

/** Clicks a download link and returns the file's name and its first bytes. */
async function download(page: Page, link: string): Promise<{ name: string; head: string }> {
  const started = page.waitForEvent('download');
  await page.getByRole('link', { name: link, exact: true }).click();
  const file: Download = await started;
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), head: bytes.subarray(0, 5).toString('latin1') };
}

const scheme = {
  schemaVersion: 1,
  id: 'report',
  title: { de: 'Bericht', en: 'Report' },
  currency: 'EUR',
  submissionDeadline: '2027-03-01',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    {
      kind: 'ordinal',
      id: 'operations',
      parentId: null,
      title: { de: 'Betriebskonzept für Störfälle', en: 'Operating concept' },
      weightBp: 6000,
      subject: 'service',
      scale: 5,
      anchors: ['nicht dargestellt', 'lückenhaft', 'knapp', 'solide', 'gut', 'vorbildlich'].map(
        (de, level) => ({ de, en: `level ${level}: ${de}` }),
      ),
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

test('a member reads the report and downloads its PDF and matrix in German and English', async ({
  page,
  me,
  playwright,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const title = `Bericht ${suffix}`;
  const context = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  let reviewId: string;
  try {
    const api = new Api(context);
    reviewId = (
      await api.post<{ id: string }>('/api/v1/options-reviews', {
        title,
        purpose: 'Drei Wege für die Zusammenarbeit der Behörden prüfen.',
        referenceDate: '2027-03-01',
      })
    ).id;
    const base = `/api/v1/options-reviews/${reviewId}`;
    await api.post(`${base}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    const option = await api.post<{ id: string }>(`${base}/options`, {
      name: 'Souveräne Cloud Süd',
      offer: {
        answers: { operations: 'Zwei Rechenzentren, jährliche Notfallübung.' },
        price: { kind: 'totalPrice', amount: 1_250_000 },
      },
    });
    await api.put(`${base}/scoring/sheet`, {
      schemeVersion: 1,
      scores: [
        {
          optionId: option.id,
          criterionId: 'operations',
          score: 4,
          justification: 'Notfallübungen belegt, wie Stufe 4 verlangt.',
        },
      ],
    });
    await api.post(`${base}/scoring/sheet/submit`, { schemeVersion: 1 });
    await api.post(`${base}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'custom',
      weightsBp: { operations: 7000, price: 3000 },
      reason: 'Der Betrieb wiegt für die Behörden schwerer als der Preis.',
    });
  } finally {
    await context.dispose();
  }

  await test.step('the report tab shows the report in German and passes axe in both languages', async () => {
    await page.goto(`/reviews/${reviewId}`);
    await page
      .getByRole('navigation', { name: 'Bereiche des Optionenvergleichs' })
      .getByRole('link', { name: 'Bericht', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Bericht' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Souveräne Cloud Süd' })).toBeVisible();
    await expect(page.getByText('Notfallübungen belegt, wie Stufe 4 verlangt.')).toBeVisible();
    await expect(page.getByText('Kopf der Protokollkette')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Gewichtung' })).toBeVisible();
    await expect(
      page.getByText(/übernommen hat \(Übernahme 1\)\. Begründung: Der Betrieb wiegt/),
    ).toBeVisible();
    // One submitted sheet makes no consensus yet, so the results say what they still need.
    await expect(page.getByRole('heading', { name: 'Rangfolge mit Beiträgen' })).toBeVisible();
    await expect(page.getByText(/Die Ergebnisse lassen sich noch nicht berechnen/)).toBeVisible();
    await expectAccessibleInBothLanguages(page);
    await attachScreenshot(page, testInfo, 'report-de');
  });

  await test.step('the German PDF and CSV download through the web app', async () => {
    const pdf = await download(page, 'Bericht als PDF');
    expect(pdf.name).toMatch(/^Bericht_Bericht-.*_v1_\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.head).toBe('%PDF-');
    const csv = await download(page, 'Matrix als CSV');
    expect(csv.name).toMatch(/\.csv$/);
    // The byte order mark, then the first header.
    expect(csv.head.startsWith('\u00ef\u00bb\u00bfO')).toBe(true);
  });

  await test.step('in English, the PDF and the XLSX download in English', async () => {
    await page.goto(`/en/reviews/${reviewId}/report`);
    await expect(page.getByRole('heading', { level: 2, name: 'Report' })).toBeVisible();
    await expect(page.getByText('Audit chain head')).toBeVisible();
    const pdf = await download(page, 'Report as PDF');
    expect(pdf.name).toMatch(/^Report_.*\.pdf$/);
    expect(pdf.head).toBe('%PDF-');
    const xlsx = await download(page, 'Matrix as Excel file (XLSX)');
    expect(xlsx.name).toMatch(/^Matrix_.*\.xlsx$/);
    // An XLSX file is a ZIP archive.
    expect(xlsx.head.startsWith('PK')).toBe(true);
    const answer = await page.request.get(
      `/api/v1/options-reviews/${reviewId}/matrix.xlsx?lang=en`,
    );
    expect(answer.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await attachScreenshot(page, testInfo, 'report-en');
  });
});
