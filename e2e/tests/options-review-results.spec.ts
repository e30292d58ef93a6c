import { expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import {
  acceptInvitation,
  inviteUser,
  passwordFor,
  sameOriginOptions,
  signIn,
  uniqueSuffix,
} from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { expect, test } from '../helpers/test.ts';
import { attachScreenshot } from '../helpers/screenshots.ts';

// The results of an options review: a review with three options, two submitted score sheets and
// the lead's consensus is set up through the API; the browser opens the results tab, finds the
// charts with their tables, and moves a what-if slider: the what-if ranking changes while the
// ranking of the results stays.

test.use({ signedInAs: 'officer' });

const referenceDate = '2027-03-01';

const scheme = {
  schemaVersion: 1,
  id: 'results',
  title: { de: 'Ergebnis', en: 'Results' },
  currency: 'EUR',
  submissionDeadline: referenceDate,
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    {
      kind: 'ordinal',
      id: 'operations',
      parentId: null,
      title: { de: 'Betriebskonzept', en: 'Operating concept' },
      weightBp: 6000,
      subject: 'service',
      scale: 5,
      anchors: [0, 1, 2, 3, 4, 5].map((level) => ({ de: `Stufe ${level}`, en: `Level ${level}` })),
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

/** Option, price, consensus level: the best concept is the dearest. */
const options = [
  ['Souveräne Cloud', 1_400_000, 5],
  ['openDesk beim Landesdienstleister', 1_000_000, 3],
  ['Hyperscaler-Suite', 700_000, 1],
] as const;

test('the results tab shows the ranking and its charts, and the what-if re-ranks without changing it', async ({
  page,
  me,
  setupApi,
  playwright,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const member = {
    email: `ergebnis-${suffix}@musterhausen.example`,
    displayName: 'Erik Ergebnis',
    role: 'reviewer' as const,
  };
  const password = passwordFor('reiher');
  await acceptInvitation(setupApi, await inviteUser(setupApi, me.organisation, member), password);
  const reviewer = await signIn((o) => playwright.request.newContext(o), baseURL!, {
    ...member,
    password,
    organisation: me.organisation,
  });
  const leadContext = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  const memberContext = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: reviewer.storageState,
  });
  let reviewId: string;
  try {
    const lead = new Api(leadContext);
    const review = await lead.post<{ id: string }>('/api/v1/options-reviews', {
      title: `Ergebnis ${suffix}`,
      purpose: 'Drei Wege vergleichen.',
      referenceDate,
    });
    reviewId = review.id;
    const base = `/api/v1/options-reviews/${reviewId}`;
    await lead.post(`${base}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    const ids: string[] = [];
    for (const [name, amount] of options) {
      const option = await lead.post<{ id: string }>(`${base}/options`, {
        name,
        offer: { price: { kind: 'totalPrice', amount } },
      });
      ids.push(option.id);
    }
    const candidates = await lead.get<{ candidates: { userId: string; displayName: string }[] }>(
      `${base}/member-candidates`,
    );
    const candidate = candidates.candidates.find((item) => item.displayName === member.displayName);
    await lead.post(`${base}/members`, { userId: candidate!.userId });
    const sheet = {
      schemeVersion: 1,
      scores: ids.map((optionId, index) => ({
        optionId,
        criterionId: 'operations',
        score: options[index]![2],
        justification: `Stufe ${options[index]![2]} laut Anker`,
      })),
    };
    for (const api of [lead, new Api(memberContext)]) {
      await api.put(`${base}/scoring/sheet`, sheet);
      await api.post(`${base}/scoring/sheet/submit`, { schemeVersion: 1 });
    }
    for (const score of sheet.scores) {
      await lead.put(`${base}/scoring/consensus`, { schemeVersion: 1, ...score });
    }
  } finally {
    await leadContext.dispose();
    await memberContext.dispose();
  }

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
