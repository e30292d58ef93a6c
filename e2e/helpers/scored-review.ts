import type { APIRequest } from '@playwright/test';
import {
  acceptInvitation,
  inviteUser,
  passwordFor,
  sameOriginOptions,
  signIn,
  uniqueSuffix,
  type SignedInUser,
} from './accounts.ts';
import { Api } from './api.ts';

// An options review ready for its results, set up through the API for the specs that test what
// comes after scoring (results, what-if, adopting weights): three options, the lead's and one
// committee member's submitted score sheets and the lead's consensus.

export const referenceDate = '2027-03-01';

/** Option, price, consensus level: the best concept is the dearest. */
export const scoredOptions = [
  ['Souveräne Cloud', 1_400_000, 5],
  ['openDesk beim Landesdienstleister', 1_000_000, 3],
  ['Hyperscaler-Suite', 700_000, 1],
] as const;

/** An operating concept scored on a scale of 0 to 5 (60 %) beside the price (40 %). */
export function conceptAndPriceScheme(id: string, title: { de: string; en: string }) {
  return {
    schemaVersion: 1,
    id,
    title,
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
        anchors: ['nicht dargestellt', 'lückenhaft', 'knapp', 'solide', 'gut', 'vorbildlich'].map(
          (de, level) => ({ de, en: `level ${level}: ${de}` }),
        ),
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
}

export interface ScoredReviewSetUp {
  request: APIRequest;
  baseURL: string;
  /** The first administrator's API, who invites the committee member. */
  setupApi: Api;
  /** The lead: the test's signed-in officer. */
  lead: SignedInUser;
  /** Who scores beside the lead: a reviewer of the lead's authority. */
  member: { emailPrefix: string; displayName: string; passwordWord: string };
  review: { schemeId: string; title: { de: string; en: string }; purpose: string };
}

/** Creates the review; returns its id and the signed-in committee member. */
export async function scoredReview(
  setUp: ScoredReviewSetUp,
): Promise<{ reviewId: string; member: SignedInUser }> {
  const suffix = uniqueSuffix();
  const invited = {
    email: `${setUp.member.emailPrefix}-${suffix}@musterhausen.example`,
    displayName: setUp.member.displayName,
    role: 'reviewer' as const,
  };
  const password = passwordFor(setUp.member.passwordWord);
  await acceptInvitation(
    setUp.setupApi,
    await inviteUser(setUp.setupApi, setUp.lead.organisation, invited),
    password,
  );
  const member = await signIn((o) => setUp.request.newContext(o), setUp.baseURL, {
    ...invited,
    password,
    organisation: setUp.lead.organisation,
  });
  const leadContext = await setUp.request.newContext({
    ...sameOriginOptions(setUp.baseURL),
    storageState: setUp.lead.storageState,
  });
  const memberContext = await setUp.request.newContext({
    ...sameOriginOptions(setUp.baseURL),
    storageState: member.storageState,
  });
  try {
    const lead = new Api(leadContext);
    const { id: reviewId } = await lead.post<{ id: string }>('/api/v1/options-reviews', {
      title: `${setUp.review.title.de} ${suffix}`,
      purpose: setUp.review.purpose,
      referenceDate,
    });
    const base = `/api/v1/options-reviews/${reviewId}`;
    await lead.post(`${base}/scheme-versions`, {
      basedOnVersion: null,
      source: {
        kind: 'edited',
        scheme: conceptAndPriceScheme(setUp.review.schemeId, setUp.review.title),
      },
    });
    const optionIds: string[] = [];
    for (const [name, amount] of scoredOptions) {
      const option = await lead.post<{ id: string }>(`${base}/options`, {
        name,
        offer: { price: { kind: 'totalPrice', amount } },
      });
      optionIds.push(option.id);
    }
    const { candidates } = await lead.get<{
      candidates: { userId: string; displayName: string }[];
    }>(`${base}/member-candidates`);
    const candidate = candidates.find((item) => item.displayName === invited.displayName);
    await lead.post(`${base}/members`, { userId: candidate!.userId });
    const sheet = {
      schemeVersion: 1,
      scores: optionIds.map((optionId, index) => ({
        optionId,
        criterionId: 'operations',
        score: scoredOptions[index]![2],
        justification: `Stufe ${scoredOptions[index]![2]} laut Anker`,
      })),
    };
    for (const api of [lead, new Api(memberContext)]) {
      await api.put(`${base}/scoring/sheet`, sheet);
      await api.post(`${base}/scoring/sheet/submit`, { schemeVersion: 1 });
    }
    for (const score of sheet.scores) {
      await lead.put(`${base}/scoring/consensus`, { schemeVersion: 1, ...score });
    }
    return { reviewId, member };
  } finally {
    await leadContext.dispose();
    await memberContext.dispose();
  }
}
