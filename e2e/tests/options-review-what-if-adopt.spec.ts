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

// The lead adopts the what-if sliders' weights: a review with three options, two submitted score
// sheets and the lead's consensus is set up through the API; in the browser the lead moves a
// slider, is asked for a reason, adopts, and the results rank by the adopted weights. A reviewer
// sees the what-if panel without the form.

test.use({ signedInAs: 'officer' });

const referenceDate = '2027-03-01';

const scheme = {
  schemaVersion: 1,
  id: 'what-if-adopt',
  title: { de: 'Übernahme', en: 'Adoption' },
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

test('the lead adopts the what-if weights with a reason; a reviewer sees no form', async ({
  page,
  me,
  setupApi,
  playwright,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const member = {
    email: `uebernahme-${suffix}@musterhausen.example`,
    displayName: 'Ulla Übernahme',
    role: 'reviewer' as const,
  };
  const password = passwordFor('kranich');
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
  const lead = new Api(leadContext);
  let base: string;
  try {
    const review = await lead.post<{ id: string }>('/api/v1/options-reviews', {
      title: `Übernahme ${suffix}`,
      purpose: 'Gewichte aus dem Was-wäre-wenn übernehmen.',
      referenceDate,
    });
    base = `/api/v1/options-reviews/${review.id}`;
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
    await memberContext.dispose();
  }
  const results = base.replace('/api/v1/options-reviews', '/reviews') + '/results';
  const ranking = page.locator('#results-ranking tbody tr');
  const whatIf = page.getByRole('table', { name: /Was-wäre-wenn-Rangfolge/ }).locator('tbody tr');
  const adoptForm = page.getByRole('form', { name: 'Diese Gewichte übernehmen' });

  await test.step('without a reason nothing is adopted, and the sliders stay where they were', async () => {
    await page.goto(results);
    await expect(ranking.first()).toContainText('Souveräne Cloud');
    const topLevel = page.getByRole('group', { name: 'Oberste Ebene' });
    await topLevel.getByLabel('Betriebskonzept').fill('10');
    await topLevel.getByLabel('Preis').fill('90');
    await expect(whatIf.first()).toContainText('Hyperscaler-Suite');
    await adoptForm.getByRole('button', { name: 'Diese Gewichte übernehmen' }).click();
    await expect(adoptForm.getByText('Bitte geben Sie eine Begründung an.')).toBeVisible();
    await expect(topLevel.getByLabel('Preis')).toHaveValue('90');
    await expect(ranking.first()).toContainText('Souveräne Cloud');
  });

  await test.step('with a reason the weights are adopted, and the results rank by them', async () => {
    await adoptForm.getByLabel('Begründung').fill('Der Preis entscheidet im Haushaltsjahr.');
    await adoptForm.getByRole('button', { name: 'Diese Gewichte übernehmen' }).click();
    await expect(page.getByText('Die Gewichte sind übernommen.')).toBeVisible();
    await expect(ranking.first()).toContainText('Hyperscaler-Suite');
    await expect(ranking.last()).toContainText('Souveräne Cloud');
    const weighting = await lead.get<{
      adopted: { kind: string; weightsBp: Record<string, number>; reason: string } | null;
    }>(`${base}/weighting`);
    expect(weighting.adopted).toMatchObject({
      kind: 'custom',
      weightsBp: { operations: 1000, price: 9000 },
      reason: 'Der Preis entscheidet im Haushaltsjahr.',
    });
    await expectAccessibleInBothLanguages(page);
  });

  await test.step('a reviewer sees the what-if panel but no form to adopt', async () => {
    const context = await browser.newContext({ storageState: reviewer.storageState });
    try {
      const other = await context.newPage();
      await other.goto(results);
      await expect(
        other.getByRole('heading', { name: 'Was wäre, wenn die Gewichte anders wären?' }),
      ).toBeVisible();
      await expect(other.locator('#results-ranking tbody tr').first()).toContainText(
        'Hyperscaler-Suite',
      );
      await expect(other.getByRole('form', { name: 'Diese Gewichte übernehmen' })).toHaveCount(0);
      await expect(other.getByLabel('Begründung')).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
  await leadContext.dispose();
});
