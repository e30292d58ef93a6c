import { expectAccessible, expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { sameOriginOptions, uniqueSuffix } from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { publishSelfAssessment } from '../helpers/published-self-assessment.ts';
import { expect, test } from '../helpers/test.ts';

// The authorities' side of the registry: a vendor publishes a self-assessment with a C5 type 2
// attestation and its evidence through the API with its key, and an officer has an options
// review; in the browser the officer finds the service by criteria, opens it, records a
// verification of the attestation and adds the service to the review, where the option shows
// the attestation taken over from the registry.

test.use({ signedInAs: 'officer' });

const referenceDate = '2027-03-01';

/** A C5 type 2 attestation scored beside the price. */
const scheme = {
  schemaVersion: 1,
  id: 'registry-c5',
  title: { de: 'Register', en: 'Registry' },
  currency: 'EUR',
  submissionDeadline: referenceDate,
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    {
      kind: 'attestation',
      id: 'c5',
      parentId: null,
      title: { de: 'C5-Testat', en: 'C5 attestation' },
      weightBp: 6000,
      subject: 'service',
      rules: [{ scheme: 'bsi-c5', type: 'type2', points: 100 }],
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

test('an officer finds a service by criteria, verifies its attestation and adds it to a review', async ({
  page,
  me,
  setupApi,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // The search's choices and the attestations' validity rules come from the catalogue.
  await loadCatalogue();
  const published = await publishSelfAssessment({
    request: playwright.request,
    baseURL: baseURL!,
    setupApi,
    serviceName: 'Souveräne Cloud IaaS',
  });
  const officer = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  const reviewTitle = `Rechenzentrum ${uniqueSuffix()}`;
  try {
    const api = new Api(officer);
    const review = await api.post<{ id: string }>('/api/v1/options-reviews', {
      title: reviewTitle,
      purpose: 'Angebote aus dem Register vergleichen.',
      referenceDate,
    });
    await api.post(`/api/v1/options-reviews/${review.id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
  } finally {
    await officer.dispose();
  }

  await test.step('the officer searches the registry by criteria', async () => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Register' })
      .click();
    await expect(
      page.getByRole('heading', { name: 'Register der Selbstauskünfte', level: 1 }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Freitext').fill(published.serviceName);
    await page.getByRole('checkbox', { name: 'BSI C5 Testat Typ 2' }).check();
    await page
      .getByRole('checkbox', { name: 'Schlüssel beim Kunden (externes Schlüsselmanagement)' })
      .check();
    await page.getByRole('radio', { name: 'Deutschland' }).check();
    await page.getByLabel('Testate beurteilen zum').fill(referenceDate);
    await page.getByRole('button', { name: 'Suchen' }).click();
    // The search is the page's address, to share.
    await expect(page).toHaveURL(/attestation=bsi-c5%3Atype2/);
    const results = page.getByRole('table', { name: /Dienste, die der Suche entsprechen/ });
    await expect(results.getByRole('row')).toHaveCount(2);
    await expect(results).toContainText(published.vendorName);
    await expect(results).toContainText('BSI C5 Testat Typ 2');
    await expectAccessibleInBothLanguages(page);
    await results.getByRole('link', { name: published.serviceName }).click();
  });

  await test.step('the service page shows the version, its attestation and the legal exposure', async () => {
    await expect(
      page.getByRole('heading', { name: published.serviceName, level: 1 }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Version 1 vom/, level: 2 })).toBeVisible();
    await expect(page.getByText(/SHA-256 [0-9a-f]{64}/)).toBeVisible();
    const attestations = page.getByRole('table', { name: /Testate mit ihrer Gültigkeit zum/ });
    await expect(attestations).toContainText('gültig');
    // The evidence downloads as the file the vendor uploaded, under its generated name.
    const download = page.waitForEvent('download');
    await attestations.getByRole('link', { name: '„BSI C5 Testat Typ 2“ herunterladen' }).click();
    expect((await download).suggestedFilename()).toBe(`${published.documentId}.pdf`);
    // The confidential report the vendor has not granted this authority: no link, but on
    // request, with the SHA-256 to check the copy received against.
    await expect(attestations.getByRole('link', { name: /herunterladen/ })).toHaveCount(1);
    await expect(attestations).toContainText(
      'beim Anbieter auf Anfrage erhältlich (§ 41 Abs. 3 VgV)',
    );
    await expect(attestations).toContainText(published.confidentialSha256);
    await expect(page.getByRole('heading', { name: 'Rechtliche Zugriffsrisiken' })).toBeVisible();
    await expect(page.getByText(/^Befund: /).first()).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('the officer records a verification of the attestation', async () => {
    const form = page.locator('form[action$="&/verify"]');
    await form.getByLabel('Methode').selectOption({ label: 'Register des Ausstellers' });
    await form.getByLabel('Ergebnis').selectOption({ label: 'bestätigt' });
    await form.getByLabel('Vermerk').fill('Eintrag im Register der Prüfgesellschaft gesehen.');
    await form.getByRole('button', { name: 'Prüfung festhalten' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Die Prüfung ist festgehalten.' }),
    ).toBeVisible();
    const verifications = page.getByRole('table', { name: /Prüfungen, die Ihre Behörde/ });
    await expect(verifications).toContainText('Eintrag im Register der Prüfgesellschaft gesehen.');
    await expect(verifications).toContainText(me.displayName);
    // The page still shows the version and the day it was opened with.
    await expect(
      page.getByRole('table', { name: 'Testate mit ihrer Gültigkeit zum 01.03.2027' }),
    ).toBeVisible();
  });

  await test.step('the officer adds the service to the options review and opens the option', async () => {
    const form = page.locator('form[action$="&/addToReview"]');
    await form.getByLabel('Optionenvergleich').selectOption({ label: reviewTitle });
    await form.getByRole('button', { name: 'Als Option übernehmen' }).click();
    const done = page.getByRole('status').filter({ hasText: `als Option in „${reviewTitle}“` });
    await expect(done).toBeVisible();
    await expectAccessibleInBothLanguages(page);
    await done.getByRole('link', { name: /^Option „/ }).click();
    await expect(page.getByRole('heading', { name: published.serviceName })).toBeVisible();
    // The lead sees the option's form, pre-filled from the published version: the vendor, and
    // the C5 attestation with the dates its scheme's rule gives.
    await expect(page.getByRole('textbox', { name: 'Anbieter' })).toHaveValue(published.vendorName);
    // The option cites the version it came from.
    await expect(page.getByText(/^Aus dem Register übernommen: Version 1 vom/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Version 1 im Register ansehen' })).toBeVisible();
    const evidence = page.getByRole('group', { name: 'Nachweis bsi-c5 type2' });
    await expect(
      evidence.getByRole('checkbox', { name: 'deckt die angebotene Leistung ab' }),
    ).toBeChecked();
    await expect(evidence.getByRole('textbox', { name: 'Gültig ab' })).toHaveValue('2026-11-15');
    await expect(evidence.getByRole('textbox', { name: 'Gültig bis' })).toHaveValue('2027-09-30');
    await expectAccessibleInBothLanguages(page);
  });

  await test.step('the service page reads in English, with the verification recorded', async () => {
    // Judged on the reference date, so the test reads the same whenever it runs.
    await page.goto(`/en/registry/${published.serviceId}?validOn=${referenceDate}`);
    await expect(page.getByRole('heading', { name: 'Legal exposure', level: 2 })).toBeVisible();
    const attestations = page.getByRole('table', { name: /Attestations with their validity on/ });
    await expect(attestations).toContainText('valid');
    await expect(attestations).toContainText('available from the vendor on request');
    await expect(
      page.getByRole('table', {
        name: 'Verifications recorded by your authority for this version',
      }),
    ).toContainText('confirmed');
  });

  await test.step('both pages reflow at 320 px (WCAG 1.4.10)', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of [
      `/registry/${published.serviceId}`,
      `/registry?q=${published.serviceName}`,
    ]) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const { documentWidth, viewportWidth } = await page.evaluate(() => ({
        documentWidth: document.documentElement.scrollWidth,
        viewportWidth: window.innerWidth,
      }));
      expect(documentWidth, `${path} at 320 px`).toBeLessThanOrEqual(viewportWidth);
    }
  });
});
