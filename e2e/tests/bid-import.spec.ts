import { readFile } from 'node:fs/promises';
import { expectAccessible, expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { uniqueSuffix } from '../helpers/accounts.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { expect, test } from '../helpers/test.ts';
import { asUser, publishedTender } from '../helpers/tenders.ts';

// The import of bids from the authority's e-procurement platform, in German. A published tender
// is set up through the API (this worker's officer leads it). In the browser the officer opens
// the import page, downloads the template, fills it in as the platform's sample export and
// uploads it with an opening record: the page suggests the column mapping from the template's
// headings, the officer saves it for the platform and checks the file again with the saved
// mapping, and sees the bid per lot. The tenders the API can make here are published with the
// submission deadline ahead (the minimum periods hold), so the preview says the import waits
// for the deadline (§ 55 (1) VgV) and nothing is imported; the import itself, the same file
// twice and a file with a bad row are proven against the API in api/test/routes/bid-imports/.

test.use({ signedInAs: 'officer' });

/** What a platform's sheet would hold in each of the template's columns for one bid. */
const cellFor = (heading: string): string => {
  const values: Record<string, string> = {
    Eingang: '01.03.2027 10:42',
    Verspätet: 'nein',
    Bieter: 'Wolkenwerk GmbH',
    Land: 'DE',
    Gesamtpreis: '812.500,50',
    Einmalkosten: '10.000',
    Migrationskosten: '5.000',
    'Laufende Kosten pro Jahr': '120.000',
    'Datenabflusskosten pro Jahr': '1.000',
    Ausstiegskosten: '8.000',
    'Erklärung Art. 5k': 'ja',
    'Keine Ausschlussgründe (§§ 123, 124 GWB)': 'ja',
    'Erklärende Person': 'Erika Muster',
    Funktion: 'Prokuristin',
  };
  return values[heading] ?? '';
};

test('an officer maps a platform export, saves the mapping and previews the bids per lot', async ({
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
  const platform = `eVergabe ${uniqueSuffix()}`;

  await test.step('the page in both languages, accessible', async () => {
    await page.goto(importPath);
    await expect(
      page.getByRole('heading', { name: 'Angebote von der Vergabeplattform importieren' }),
    ).toBeVisible();
    await expectAccessibleInBothLanguages(page);
  });

  const headings = await test.step('the template has a column per field', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Vorlage herunterladen (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^angebote-vorlage-.*\.csv$/);
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').trim();
    return text.split(';');
  });
  expect(headings).toContain('Bieter');
  const csv = [headings.join(';'), headings.map(cellFor).join(';')].join('\r\n');

  await test.step('the mapping is suggested from the headings and saved for the platform', async () => {
    await page.getByLabel('Plattform', { exact: true }).fill(platform);
    await page.getByLabel('Export der Angebote').setInputFiles({
      name: 'export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByLabel('Öffnungsniederschrift', { exact: true }).setInputFiles({
      name: 'niederschrift.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7 Niederschrift'),
    });
    await page.getByLabel('Auf der Plattform geöffnet am (Berliner Zeit)').fill('2027-03-01T12:15');
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.getByRole('group', { name: 'Spalten der Tabelle' })).toBeVisible();
    await expect(page.getByLabel('Name des Bieters')).toHaveValue('Bieter');
    await expect(page.getByRole('table', { name: /^Fehler/ })).toContainText(
      `Für die Plattform „${platform}“ ist keine Spaltenzuordnung gespeichert`,
    );
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zuordnung für diese Plattform speichern' }).click();
    await expect(page.getByRole('status')).toContainText(
      `Die Spaltenzuordnung für „${platform}“ ist gespeichert.`,
    );
  });

  await test.step('with the saved mapping the preview shows the bid; the import waits for the deadline', async () => {
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect(page.getByRole('heading', { name: 'Los 1: 1 Angebote' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Los 1: 1 Angebote' })).toContainText(
      'Wolkenwerk GmbH',
    );
    const errors = page.getByRole('table', { name: /^Fehler/ });
    await expect(errors.getByRole('row')).toHaveCount(2);
    await expect(errors).toContainText('§ 55 Abs. 1 VgV');
    await expect(page.getByRole('button', { name: /importieren$/ })).toHaveCount(0);
    await expectAccessible(page);
    const { imports, mapping } = await asUser(setUp, me, async (api) => ({
      imports: await api.get<{ imports: unknown[] }>(`/api/v1/tenders/${tender.id}/bid-imports`),
      mapping: await api.get<{ mapping: { columns: Record<string, string> } }>(
        `/api/v1/bid-import-mappings/${encodeURIComponent(platform)}`,
      ),
    }));
    expect(imports.imports).toEqual([]);
    expect(mapping.mapping.columns.bidderName).toBe('Bieter');
  });
});
