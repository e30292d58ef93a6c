import { expectAccessible, expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { expect, test } from '../helpers/test.ts';
import { asUser, publishedTender } from '../helpers/tenders.ts';

// The import of bids from the authority's e-procurement platform, in German. A published tender
// is set up through the API (this worker's officer leads it). In the browser the officer opens
// the import page, downloads the template, uploads a CSV export with the platform's opening
// record and checks it. The tenders the API can make here are published with a deadline ahead
// (its minimum periods hold), so the page says that bids are opened only after the deadline
// (§ 55 (1) VgV) and nothing is imported; the import itself, the same file twice and a file with
// a bad row are proven against the API in api/test/routes/bid-imports/.

test.use({ signedInAs: 'officer' });

test('an officer opens the bid import, downloads the template and checks an export before the deadline', async ({
  page,
  me,
  setupApi,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await loadCatalogue();
  const setUp = { request: playwright.request, baseURL: baseURL!, setupApi };
  const tender = await publishedTender({ ...setUp, lead: me });
  const importPath = `/tenders/${tender.id}/bids/import`;

  await test.step('the page in both languages, accessible', async () => {
    await page.goto(importPath);
    await expect(
      page.getByRole('heading', { name: 'Angebote von der Vergabeplattform importieren' }),
    ).toBeVisible();
    await expectAccessibleInBothLanguages(page);
  });

  await test.step('the template has a column per field and criterion', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Vorlage herunterladen (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^angebote-vorlage-.*\.csv$/);
  });

  await test.step('an export before the deadline is refused and nothing is imported', async () => {
    await page.getByLabel('Plattform', { exact: true }).fill('eVergabe Berlin');
    await page.getByLabel('Export der Angebote').setInputFiles({
      name: 'export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Eingang;Bieter\n01.03.2027 10:00;Wolkenwerk GmbH\n'),
    });
    await page.getByLabel('Öffnungsniederschrift').setInputFiles({
      name: 'niederschrift.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7 Niederschrift'),
    });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.getByRole('alert')).toContainText('§ 55 Abs. 1 VgV');
    await expectAccessible(page);
    const imports = await asUser(setUp, me, (api) =>
      api.get<{ imports: unknown[] }>(`/api/v1/tenders/${tender.id}/bid-imports`),
    );
    expect(imports.imports).toEqual([]);
  });
});
