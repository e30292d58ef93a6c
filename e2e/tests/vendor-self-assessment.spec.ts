import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectAccessible } from '../helpers/account-steps.ts';
import { createUser, signIn } from '../helpers/accounts.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { expect, test } from '../helpers/test.ts';

// A vendor's self-assessment in the registry: a vendor user creates the company profile and a
// service, fills a draft with an attestation backed by an uploaded PDF, publishes it and sees
// version 1 with its date. Once in German, once in English; each run has a vendor organisation
// of its own (a profile is per organisation), set up through the API.

const texts = {
  de: {
    prefix: '',
    region: 'de-DE',
    nav: 'Anbieter',
    createProfile: 'Profil anlegen',
    legalName: 'Firma (rechtlicher Name)',
    city: 'Ort',
    company: 'Name des Unternehmens',
    controls: 'Beherrscht unser Unternehmen (unmittelbar oder mittelbar)',
    contactName: 'Name',
    email: 'E-Mail-Adresse',
    saveProfile: 'Profil speichern',
    profileSaved: 'Das Profil ist gespeichert.',
    serviceName: 'Name des Dienstes',
    createService: 'Dienst anlegen',
    createDraft: 'Entwurf anlegen',
    draftCreated: 'Der Entwurf ist angelegt.',
    evidenceTitle: 'Titel',
    file: 'Datei',
    confidential: 'Vertraulich',
    upload: 'Hochladen',
    uploaded: 'Das Dokument ist hochgeladen.',
    tooLarge: 'Die Datei ist zu groß: Diese Installation nimmt Nachweise bis 20 MiB an.',
    level: 'Stufe',
    justification: 'Begründung',
    locations: ['Daten', 'Verarbeitung', 'Support', 'Administration'],
    keyControl: 'Wer die Schlüssel kontrolliert',
    usJurisdiction: 'Unterliegt der Anbieter oder ein beherrschendes Unternehmen US-Recht?',
    scheme: 'Schema und Typ',
    issuer: 'Aussteller oder Prüfer',
    scope: 'Geltungsbereich',
    auditFrom: 'Prüfzeitraum von',
    auditTo: 'Prüfzeitraum bis',
    reportDate: 'Berichtsdatum',
    document: 'Beleg: hochgeladenes Dokument',
    saveDraft: 'Entwurf speichern',
    saved: 'Der Entwurf ist gespeichert.',
    publishLink: 'Veröffentlichen …',
    publishHeading: 'Version 1 veröffentlichen?',
    publish: 'Ja, veröffentlichen',
    published: 'Die Version ist veröffentlicht.',
    incomplete: 'Der Entwurf ist noch unvollständig.',
    sectionMissing: 'Dieser Teil muss vor dem Veröffentlichen beantwortet sein.',
    versionOf: (date: string) => `Version 1 vom ${date}`,
  },
  en: {
    prefix: '/en',
    region: 'en-GB',
    nav: 'Vendor',
    createProfile: 'Create the profile',
    legalName: 'Legal name',
    city: 'City',
    company: 'Company name',
    controls: 'Controls our company (directly or indirectly)',
    contactName: 'Name',
    email: 'Email address',
    saveProfile: 'Save the profile',
    profileSaved: 'The profile is saved.',
    serviceName: 'Service name',
    createService: 'Create the service',
    createDraft: 'Create the draft',
    draftCreated: 'The draft is created.',
    evidenceTitle: 'Title',
    file: 'File',
    confidential: 'Confidential',
    upload: 'Upload',
    uploaded: 'The document is uploaded.',
    tooLarge: 'The file is too large: this installation accepts evidence files of up to 20 MiB.',
    level: 'Level',
    justification: 'Justification',
    locations: ['Data', 'Processing', 'Support', 'Administration'],
    keyControl: 'Who controls the keys',
    usJurisdiction: 'Is the provider or a controlling company subject to US jurisdiction?',
    scheme: 'Scheme and type',
    issuer: 'Issuer or auditor',
    scope: 'Scope',
    auditFrom: 'Audit period from',
    auditTo: 'Audit period to',
    reportDate: 'Report date',
    document: 'Evidence: uploaded document',
    saveDraft: 'Save the draft',
    saved: 'The draft is saved.',
    publishLink: 'Publish …',
    publishHeading: 'Publish version 1?',
    publish: 'Yes, publish',
    published: 'The version is published.',
    incomplete: 'The draft is not complete yet.',
    sectionMissing: 'This part must be answered before publishing.',
    versionOf: (date: string) => `Version 1 of ${date}`,
  },
} as const;

/** The smallest file that reads as a PDF by its content. */
const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

// Over the 5 MiB every other form takes, under the evidence limit: the page forwards it whole.
const largePdf = Buffer.concat([tinyPdf, Buffer.alloc(6 * 1024 * 1024)]);

function status(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text });
}

for (const language of ['de', 'en'] as const) {
  const t = texts[language];

  test(`a vendor publishes a self-assessment with evidence (${language})`, async ({
    browser,
    setupApi,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const [user] = await Promise.all([
      createUser(setupApi, 'vendor', 'Ada Nordlicht').then((created) =>
        signIn((options) => playwright.request.newContext(options), baseURL!, created),
      ),
      loadCatalogue(),
    ]);
    const context = await browser.newContext({ baseURL, storageState: user.storageState });
    const page = await context.newPage();
    const serviceName = `Souveräne Cloud IaaS ${language.toUpperCase()} ${user.organisation.id.slice(0, 6)}`;

    await test.step('the navigation leads to the vendor overview, which asks for a profile', async () => {
      await page.goto(`${t.prefix}/account`);
      await page.getByRole('navigation').getByRole('link', { name: t.nav, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${t.prefix}/vendor$`));
      await expectAccessible(page);
      await page.getByRole('link', { name: t.createProfile }).click();
    });

    await test.step('the profile with its owner chain and a contact', async () => {
      await expect(page.getByLabel(t.legalName)).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel(t.legalName).fill('Nordwolke GmbH (fiktiv)');
      await page.getByLabel(t.city, { exact: true }).fill('Hamburg');
      await page.getByLabel(t.company).first().fill('Nordwolke Holding SE (fiktiv)');
      await page.locator('[id="f-ownerChain-0-country"]').fill('DE');
      await page.getByLabel(t.controls).first().check();
      await page.getByLabel(t.contactName, { exact: true }).first().fill('Jana Beispiel');
      await page.getByLabel(t.email).first().fill('vergabe@nordwolke.example');
      await page.getByRole('button', { name: t.saveProfile }).click();
      await expect(status(page, t.profileSaved)).toBeVisible();
    });

    await test.step('a service, and its first draft', async () => {
      await page.getByLabel(t.serviceName).fill(serviceName);
      await page.getByRole('button', { name: t.createService }).click();
      await expect(page.getByRole('heading', { level: 1, name: serviceName })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: t.createDraft }).click();
      await expect(status(page, t.draftCreated)).toBeVisible();
    });

    await test.step('publishing the empty draft names the missing parts at their sections', async () => {
      await page.getByRole('link', { name: t.publishLink }).click();
      await page.getByRole('button', { name: t.publish }).click();
      await expect(page.getByRole('alert').filter({ hasText: t.incomplete }).first()).toBeVisible();
      await expect(page.locator('#f-locations-errors')).toHaveText(t.sectionMissing);
      await expect(page.locator('#f-legalExposure-errors')).toHaveText(t.sectionMissing);
    });

    // The size limits are the same in both languages: the large files go through once.
    const bigFiles = language === 'de';
    const evidencePdf = bigFiles ? largePdf : tinyPdf;

    if (bigFiles)
      await test.step('a file over the installation’s evidence limit is refused on the page', async () => {
        await page.locator('#evidence-title').fill('Zu groß');
        await page.getByLabel(t.file, { exact: true }).setInputFiles({
          name: 'zu-gross.pdf',
          mimeType: 'application/pdf',
          // The default EVIDENCE_MAX_BYTES (20 MiB) and the form's allowance (64 KiB), and more.
          buffer: Buffer.concat([tinyPdf, Buffer.alloc(20 * 1024 * 1024 + 65 * 1024)]),
        });
        await page.getByRole('button', { name: t.upload, exact: true }).click();
        await expect(page.locator('#evidence-file-errors')).toContainText(t.tooLarge);
      });

    await test.step('an evidence PDF (in German larger than other forms take), stored with its SHA-256', async () => {
      await page.locator('#evidence-title').fill('C5-Testat 2026');
      await page.getByLabel(t.file, { exact: true }).setInputFiles({
        name: 'c5-bericht.pdf',
        mimeType: 'application/pdf',
        buffer: evidencePdf,
      });
      await page.getByRole('checkbox', { name: t.confidential }).check();
      await page.getByRole('button', { name: t.upload, exact: true }).click();
      await expect(status(page, t.uploaded)).toBeVisible();
      const digest = createHash('sha256').update(evidencePdf).digest('hex');
      await expect(page.getByText(digest)).toBeVisible();
    });

    await test.step('the draft: a SEAL level, the facts, and an attestation citing the PDF', async () => {
      await page.getByLabel(t.level, { exact: true }).first().selectOption('3');
      await page
        .getByLabel(t.justification, { exact: true })
        .first()
        .fill('Gesellschaft und Betrieb in der EU.');
      for (const label of t.locations) {
        await page.getByLabel(label, { exact: true }).fill('DE');
      }
      await page.getByLabel(t.keyControl).selectOption('externalKeyManagement');
      await page.getByLabel(t.usJurisdiction).selectOption('no');
      await page.getByLabel(t.scheme).selectOption('assurance.c5-type-2');
      await page.getByLabel(t.issuer).fill('Prüfgesellschaft Nord (fiktiv)');
      await page.getByLabel(t.scope, { exact: true }).fill('IaaS, Region DE');
      await page.getByLabel(t.auditFrom).fill('2026-01-01');
      await page.getByLabel(t.auditTo).fill('2026-06-30');
      await page.getByLabel(t.reportDate).fill('2026-08-14');
      await page.getByLabel(t.document).selectOption({ label: 'C5-Testat 2026' });
      await page.getByRole('button', { name: t.saveDraft }).click();
      await expect(status(page, t.saved)).toBeVisible();
      await expect(page.getByLabel(t.issuer).first()).toHaveValue('Prüfgesellschaft Nord (fiktiv)');
      await expectAccessible(page);
    });

    await test.step('publishing after the confirmation shows version 1 with its date', async () => {
      await page.getByRole('link', { name: t.publishLink }).click();
      await expect(page.getByRole('heading', { name: t.publishHeading })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: t.publish }).click();
      await expect(status(page, t.published)).toBeVisible();
      const today = new Intl.DateTimeFormat(t.region, {
        dateStyle: 'medium',
        timeZone: 'Europe/Berlin',
      }).format(new Date());
      await expect(page.getByTestId('versions')).toContainText(t.versionOf(today));
      await expectAccessible(page);
    });

    await test.step('the service page reflows at 320 pixels (WCAG 1.4.10)', async () => {
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

    await context.close();
  });
}
