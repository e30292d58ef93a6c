import { expectAccessible, expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { createUser, signIn, uniqueSuffix } from '../helpers/accounts.ts';
import { loadCatalogue } from '../helpers/catalogue.ts';
import { expect, test } from '../helpers/test.ts';
import {
  addTeam,
  asUser,
  colleaguesOf,
  declareAll,
  estimateValue,
  publish,
  readTender,
  schemeFromTemplate,
  setDeadlines,
  tenderColleagues,
  type TenderRead,
} from '../helpers/tenders.ts';

// A vendor submits a bid to the vault, in English, and reads its receipt, in German too. The
// tender is set up through the API: this worker's officer leads it, it takes its bids here
// (`bidIntake: vault`), and before the publication the three opening officers and their deputies
// set their passphrases, so the publication can share the tender's key among them (§ 55 VgV).

test.use({ signedInAs: 'officer', locale: 'en-GB' });

test('a vendor submits a sealed bid on the public tender page and gets a receipt', async ({
  me,
  setupApi,
  playwright,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await loadCatalogue();
  const setUp = { request: playwright.request, baseURL: baseURL!, setupApi };
  const suffix = uniqueSuffix();
  const [colleagues, vendor] = await Promise.all([
    tenderColleagues({ ...setUp, organisation: me.organisation }),
    createUser(setupApi, 'vendor', 'Bea Bieterin').then((user) =>
      signIn((options) => playwright.request.newContext(options), baseURL!, user),
    ),
  ]);
  const tender = await asUser(setUp, me, async (api) => {
    const created = await api.post<TenderRead>('/api/v1/tenders', {
      reference: `VG-BID-${suffix}`,
      title: `Kollaborationsplattform ${suffix}`,
      description: 'Betrieb und Pflege einer souveränen Kollaborationsplattform.',
      cpvCodes: ['72000000-5'],
      regime: 'VgV',
      procedureType: 'vgv.open',
      land: 'DE-BE',
      authorityKind: 'otherPublicAuthority',
      contractKind: 'suppliesServices',
      bidIntake: 'vault',
    });
    await estimateValue(api, created.id);
    await schemeFromTemplate(api, created.id);
    await setDeadlines(api, created.id);
    await addTeam(api, created.id, colleagues);
    return created;
  });
  const holders = colleagues.opening.flatMap(({ officer, deputy }) => [officer, deputy]);
  await declareAll(setUp, tender.id, [me, ...colleaguesOf(colleagues)]);
  await Promise.all(
    holders.map((holder, n) =>
      asUser(setUp, holder, (api) =>
        api.put(`/api/v1/tenders/${tender.id}/opening-key`, {
          passphrase: `amber falcon river stone ${n} ${suffix}`,
        }),
      ),
    ),
  );
  await publish(setUp, tender.id, { lead: me, second: colleagues.second });
  const published = await asUser(setUp, me, (api) => readTender(api, tender.id));
  expect(published.state).toBe('published');

  const vendorContext = await browser.newContext({
    locale: 'en-GB',
    storageState: vendor.storageState,
  });
  const vendorPage = await vendorContext.newPage();
  try {
    await test.step('the public page offers a bid per lot; the editor takes it', async () => {
      await vendorPage.goto(`/en/public/tenders/${tender.id}`);
      await expect(vendorPage.getByRole('heading', { name: 'Submit a bid' })).toBeVisible();
      await vendorPage.getByRole('link', { name: /^Submit a bid for lot 1/ }).click();
      await expect(
        vendorPage.getByRole('heading', { level: 1, name: 'Submit a bid' }),
      ).toBeVisible();
      await expectAccessibleInBothLanguages(vendorPage);
      await vendorPage.getByLabel('Company name').fill(`Nordwolke GmbH ${suffix}`);
      await vendorPage.getByLabel('Country (two-letter code)').fill('DE');
      const declaration = vendorPage.locator('select[name^="answer-"]').first();
      await declaration.selectOption('notMet');
      await expect(
        vendorPage.getByText(
          'These requirements are answered "not met": the bid would be excluded.',
        ),
      ).toBeVisible();
      await declaration.selectOption('met');
      await expect(vendorPage.getByText('the bid would be excluded')).toHaveCount(0);
      await vendorPage.getByLabel('Total price (EUR, net)').fill('812000');
      await vendorPage.getByLabel(/^No Russian national or entity/).check();
      await vendorPage.getByLabel(/^No ground for exclusion/).check();
      await vendorPage.getByLabel('Name', { exact: true }).fill('Bea Bieterin');
      await vendorPage.getByLabel('Function', { exact: true }).fill('Managing director');
      await vendorPage.getByRole('button', { name: 'Submit the sealed bid' }).click();
    });

    await test.step('the receipt names the time, the hash and the scheme version', async () => {
      await expect(
        vendorPage.getByRole('status').filter({ hasText: 'Your bid was received.' }),
      ).toBeVisible();
      await expect(vendorPage.getByRole('heading', { name: 'Receipt of version 1' })).toBeVisible();
      await expect(vendorPage.getByText(/^[0-9a-f]{64}$/).first()).toBeVisible();
      await expectAccessible(vendorPage);
    });

    await test.step('in German, the own bids list it with its receipt', async () => {
      await vendorPage.goto('/vendor/bids');
      await expect(
        vendorPage.getByRole('heading', { level: 1, name: 'Ihre Angebote' }),
      ).toBeVisible();
      await expect(
        vendorPage.getByRole('link', { name: new RegExp(`VG-BID-${suffix}`) }),
      ).toBeVisible();
      await expect(vendorPage.getByText('Gültig')).toBeVisible();
      await expectAccessibleInBothLanguages(vendorPage);
    });
  } finally {
    await vendorContext.close();
  }
});
