import { expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import { sameOriginOptions, uniqueSuffix } from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { expect, test } from '../helpers/test.ts';

// Whose weights the results use: a review whose criteria need no scores (a measured value and
// the price) and an adoption of weights by the lead are set up through the API; the results tab
// names the adoption above the ranking in German and English.

test.use({ signedInAs: 'officer' });

const referenceDate = '2027-03-01';

const scheme = {
  schemaVersion: 1,
  id: 'weights-in-use',
  title: { de: 'Gewichte', en: 'Weights' },
  currency: 'EUR',
  submissionDeadline: referenceDate,
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    {
      kind: 'metric',
      id: 'availability',
      parentId: null,
      title: { de: 'Verfügbarkeit', en: 'Availability' },
      weightBp: 3000,
      subject: 'service',
      unit: '%',
      utility: { kind: 'linear', worst: 99, best: 99.99 },
    },
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Preis', en: 'Price' },
      weightBp: 7000,
    },
  ],
};

const reason = 'Der Ausschuss gewichtet die Verfügbarkeit wie den Preis.';

test('the results tab names the weights the lead adopted, with date and reason', async ({
  page,
  me,
  playwright,
  baseURL,
}) => {
  const context = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  let reviewId: string;
  try {
    const api = new Api(context);
    reviewId = (
      await api.post<{ id: string }>('/api/v1/options-reviews', {
        title: `Gewichte ${uniqueSuffix()}`,
        purpose: 'Zwei Wege vergleichen.',
        referenceDate,
      })
    ).id;
    const base = `/api/v1/options-reviews/${reviewId}`;
    await api.post(`${base}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    for (const [name, amount, value] of [
      ['Souveräne Cloud', 1_200_000, 99.95],
      ['Hyperscaler-Suite', 800_000, 99.5],
    ] as const) {
      await api.post(`${base}/options`, {
        name,
        offer: {
          assessments: { availability: { kind: 'metric', value } },
          price: { kind: 'totalPrice', amount },
        },
      });
    }
    await api.post(`${base}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'custom',
      weightsBp: { availability: 5000, price: 5000 },
      reason,
    });
  } finally {
    await context.dispose();
  }

  await page.goto(`/reviews/${reviewId}/results`);
  await expect(page.getByRole('heading', { level: 3, name: 'Rangfolge' })).toBeVisible();
  await expect(
    page.getByText(new RegExp(`^Von ${me.displayName} am .+ übernommene Gewichte: ${reason}$`)),
  ).toBeVisible();
  await expectAccessibleInBothLanguages(page);

  await page.goto(`/en/reviews/${reviewId}/results`);
  await expect(
    page.getByText(new RegExp(`^Weights adopted by ${me.displayName} on .+: ${reason}$`)),
  ).toBeVisible();
});
