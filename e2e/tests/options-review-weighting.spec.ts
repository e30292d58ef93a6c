import type { Page } from '@playwright/test';
import { expectAccessibleInBothLanguages } from '../helpers/account-steps.ts';
import {
  acceptInvitation,
  inviteUser,
  passwordFor,
  sameOriginOptions,
  signIn,
  uniqueSuffix,
  type SignedInUser,
} from '../helpers/accounts.ts';
import { Api } from '../helpers/api.ts';
import { expect, test } from '../helpers/test.ts';
import { attachScreenshot } from '../helpers/screenshots.ts';

// Weighting together in an options review: three members weigh the criteria by pairwise
// comparisons in their own browsers, one of them inconsistently and told which judgements to
// reconsider, and the lead adopts the group's geometric mean with a reason. The review, its
// scheme and its members are set up through the API; the weighting tab is driven in the browser.

test.use({ signedInAs: 'officer' });

const anchors = ['nicht dargestellt', 'lückenhaft', 'knapp', 'solide', 'gut', 'vorbildlich'].map(
  (de, level) => ({ de, en: `level ${level}: ${de}` }),
);

/** Three criteria at the top level: three pairs to compare. */
const scheme = (referenceDate: string) => ({
  schemaVersion: 1,
  id: 'weighting',
  title: { de: 'Gewichtung', en: 'Weighting' },
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
      weightBp: 4000,
      subject: 'service',
      scale: 5,
      anchors,
    },
    {
      kind: 'ordinal',
      id: 'exit',
      parentId: null,
      title: { de: 'Ausstieg', en: 'Exit' },
      weightBp: 2000,
      subject: 'service',
      scale: 5,
      anchors,
    },
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Preis', en: 'Price' },
      weightBp: 4000,
    },
  ],
});

/** A member's pairwise judgements on the page, in its language: method, three pairs, save. */
async function weighByPairs(
  page: Page,
  words: {
    method: string;
    points: string;
    ahp: string;
    pair: (a: string, b: string) => string;
    save: string;
  },
  titles: [string, string, string],
  choices: [string, string, string],
): Promise<void> {
  const [operations, exit, price] = titles;
  // The pairs appear once the page's script runs; on a busy machine the method may be chosen
  // before it does, so choose again (away and back, to fire a change) until they show.
  const firstPair = page.getByLabel(words.pair(operations, exit));
  await expect(async () => {
    await page.getByLabel(words.method).selectOption({ label: words.points });
    await page.getByLabel(words.method).selectOption({ label: words.ahp });
    await expect(firstPair).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await firstPair.selectOption(choices[0]);
  await page.getByLabel(words.pair(operations, price)).selectOption(choices[1]);
  await page.getByLabel(words.pair(exit, price)).selectOption(choices[2]);
  await page.getByRole('button', { name: words.save }).click();
}

const english = {
  method: 'Method',
  points: 'Points (direct)',
  ahp: 'Pairwise comparisons (AHP)',
  pair: (a: string, b: string) => `${a} compared with ${b}`,
  save: 'Save weight set',
};
const german = {
  method: 'Verfahren',
  points: 'Punkte (direkt)',
  ahp: 'Paarvergleiche (AHP)',
  pair: (a: string, b: string) => `${a} im Vergleich zu ${b}`,
  save: 'Gewichtung speichern',
};

test('three members weigh by pairwise comparisons and the lead adopts the group’s weights', async ({
  page,
  me,
  setupApi,
  playwright,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const people = [
    { email: `gewicht-a-${suffix}@musterhausen.example`, displayName: 'Anna Abwägung' },
    { email: `gewicht-b-${suffix}@musterhausen.example`, displayName: 'Bert Bauchgefühl' },
  ].map((person) => ({ ...person, role: 'reviewer' as const }));
  const password = passwordFor('reiher');
  const members: SignedInUser[] = [];
  for (const person of people) {
    await acceptInvitation(setupApi, await inviteUser(setupApi, me.organisation, person), password);
    members.push(
      await signIn((options) => playwright.request.newContext(options), baseURL!, {
        ...person,
        password,
        organisation: me.organisation,
      }),
    );
  }
  const context = await playwright.request.newContext({
    ...sameOriginOptions(baseURL!),
    storageState: me.storageState,
  });
  let reviewId: string;
  try {
    const api = new Api(context);
    const review = await api.post<{ id: string }>('/api/v1/options-reviews', {
      title: `Gewichtung ${suffix}`,
      purpose: 'Drei Wege vergleichen.',
      referenceDate: '2027-03-01',
    });
    reviewId = review.id;
    await api.post(`/api/v1/options-reviews/${reviewId}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme: scheme('2027-03-01') },
    });
    const candidates = await api.get<{ candidates: { userId: string; displayName: string }[] }>(
      `/api/v1/options-reviews/${reviewId}/member-candidates`,
    );
    for (const person of people) {
      const candidate = candidates.candidates.find(
        (item) => item.displayName === person.displayName,
      );
      await api.post(`/api/v1/options-reviews/${reviewId}/members`, { userId: candidate!.userId });
    }
  } finally {
    await context.dispose();
  }

  /** Runs `work` on a page of its own, signed in as the member. */
  async function asMember(index: number, work: (memberPage: Page) => Promise<void>) {
    const memberContext = await browser.newContext({
      baseURL: baseURL!,
      storageState: members[index]!.storageState,
    });
    try {
      await work(await memberContext.newPage());
    } finally {
      await memberContext.close();
    }
  }

  await test.step('a committee member weighs consistently, in English', async () => {
    await asMember(0, async (memberPage) => {
      await memberPage.goto(`/en/reviews/${reviewId}`);
      await memberPage
        .getByRole('navigation', { name: 'Parts of the options review' })
        .getByRole('link', { name: 'Weighting', exact: true })
        .click();
      await expect(memberPage.getByRole('heading', { name: 'Weighting together' })).toBeVisible();
      await weighByPairs(
        memberPage,
        english,
        ['Operating concept', 'Exit', 'Price'],
        ['3', '3', '1'],
      );
      await expect(
        memberPage.getByRole('status').filter({ hasText: 'Your weight set is saved.' }),
      ).toBeVisible();
      // 3 : 1 : 1 exactly: 60 %, 20 %, 20 %, consistency ratio 0.
      const weights = memberPage.getByRole('table', { name: /^Weights per level/ });
      await expect(weights.getByRole('row', { name: /^Operating concept/ })).toContainText('60%');
      await expect(weights).toContainText('CR 0');
      await expect(
        memberPage.getByRole('heading', { name: 'Judgements to reconsider' }),
      ).toHaveCount(0);
      await expectAccessibleInBothLanguages(memberPage);
    });
  });

  await test.step('a second member judges in a circle and is told which judgement to reconsider', async () => {
    await asMember(1, async (memberPage) => {
      await memberPage.goto(`/reviews/${reviewId}/weighting`);
      // Betrieb over Ausstieg, Ausstieg over Preis, and yet Preis over Betrieb.
      await weighByPairs(
        memberPage,
        german,
        ['Betriebskonzept', 'Ausstieg', 'Preis'],
        ['5', '1/5', '5'],
      );
      await expect(
        memberPage.getByRole('status').filter({ hasText: 'Ihre Gewichtung ist gespeichert.' }),
      ).toBeVisible();
      const note = memberPage.getByRole('note');
      await expect(note.getByRole('heading', { name: 'Zu überprüfende Urteile' })).toBeVisible();
      await expect(note).toContainText('über 0,10');
      await expect(note).toContainText(/Sie haben .+-mal so wichtig wie .+ eingeschätzt/);
      await expectAccessibleInBothLanguages(memberPage);
      await attachScreenshot(memberPage, testInfo, 'weighting-reconsider');
    });
  });

  await test.step('the lead weighs, sees all three sets and adopts the geometric mean with a reason', async () => {
    await page.goto(`/reviews/${reviewId}/weighting`);
    await weighByPairs(page, german, ['Betriebskonzept', 'Ausstieg', 'Preis'], ['2', '2', '1']);
    await expect(
      page.getByRole('status').filter({ hasText: 'Ihre Gewichtung ist gespeichert.' }),
    ).toBeVisible();
    const weights = page.getByRole('table', { name: /^Gewichte je Ebene/ });
    for (const name of [me.displayName, ...people.map((person) => person.displayName)]) {
      await expect(weights.getByRole('columnheader', { name })).toBeVisible();
    }
    await expect(weights.getByRole('row', { name: /^Grundlage/ })).toContainText('Mitglieder: 3');
    await expectAccessibleInBothLanguages(page);
    await attachScreenshot(page, testInfo, 'weighting-group');

    await page.getByLabel('Das geometrische Mittel der Paarvergleiche der Gruppe').check();
    await page.getByRole('button', { name: 'Gewichtung übernehmen' }).click();
    await expect(page.getByText('Bitte geben Sie eine Begründung an.')).toBeVisible();
    await page
      .getByLabel('Begründung', { exact: true })
      .fill('Der Ausschuss folgt dem geometrischen Mittel der drei Paarvergleiche.');
    await page.getByRole('button', { name: 'Gewichtung übernehmen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Die Gewichte sind übernommen.' }),
    ).toBeVisible();
    const history = page.getByRole('table', { name: /^Übernommene Gewichte/ });
    await expect(history).toContainText('Der Ausschuss folgt dem geometrischen Mittel');
    await expect(history).toContainText('Gilt');
    await expect(page.getByLabel('Begründung', { exact: true })).toHaveValue('');
    await expect(weights.getByRole('columnheader', { name: 'Übernommen' })).toBeVisible();
    await expectAccessibleInBothLanguages(page);
    await attachScreenshot(page, testInfo, 'weighting-adopted');
  });

  await test.step('the tab reads on a phone: nothing scrolls sideways at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/reviews/${reviewId}/weighting`);
    await expect(page.getByRole('heading', { name: 'Gemeinsam gewichten' })).toBeVisible();
    const { documentWidth, viewportWidth } = await page.evaluate(() => ({
      documentWidth: document.documentElement.scrollWidth,
      viewportWidth: window.innerWidth,
    }));
    expect(documentWidth).toBeLessThanOrEqual(viewportWidth);
    await attachScreenshot(page, testInfo, 'weighting-on-a-phone');
  });
});
