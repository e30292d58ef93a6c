import { expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { sameOriginOptions } from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { scoredReview } from '../helpers/scored-review.ts';
import { expect, test } from '../helpers/test.ts';

// The lead adopts the what-if sliders' weights: a review with three options, two submitted score
// sheets and the lead's consensus is set up through the API; in the browser the lead moves a
// slider, is asked for a reason, adopts, and the results rank by the adopted weights. A reviewer
// sees the what-if panel without the form.

test.use({ signedInAs: 'officer' });

test('the lead adopts the what-if weights with a reason; a reviewer sees no form', async ({
  page,
  me,
  setupApi,
  playwright,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { reviewId, member: reviewer } = await scoredReview({
    request: playwright.request,
    baseURL: baseURL!,
    setupApi,
    lead: me,
    member: { emailPrefix: 'uebernahme', displayName: 'Ulla Übernahme', passwordWord: 'kranich' },
    review: {
      schemeId: 'what-if-adopt',
      title: { de: 'Übernahme', en: 'Adoption' },
      purpose: 'Gewichte aus dem Was-wäre-wenn übernehmen.',
    },
  });
  const base = `/api/v1/options-reviews/${reviewId}`;
  const results = `/reviews/${reviewId}/results`;
  const leadContext = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  const lead = new Api(leadContext);
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
