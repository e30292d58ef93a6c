import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// Options reviews (Optionenvergleiche): the review itself, its members, its scheme versions and
// its options. Changes carry the version the user read, so the API refuses (409) a change over
// somebody else's instead of overwriting it.

type Review = components['schemas']['OptionsReviewResponse'];
type ReviewStatus = components['schemas']['OptionsReviewStatus'];
type SchemeSource = components['schemas']['SchemeSource'];
type SchemeVersion = components['schemas']['SchemeVersionResponse'];
type Option = components['schemas']['OptionResponse'];
type OptionInput = components['schemas']['CreateOptionInput'];

const inReview = (reviewId: string) => ({ params: { path: { reviewId } } });

/** Starts a review, led by the caller, as a draft without a scheme. */
export async function createReview(
  api: ApiClient,
  input: { title: string; purpose: string; referenceDate: string },
): Promise<ServiceResult<{ review: Review }>> {
  const answer = await send(() => api.POST('/api/v1/options-reviews', { body: input }));
  return answer.data ? { ok: true, review: answer.data } : refusal(answer);
}

/** Changes title, purpose or reference date of the review at the version the user read. */
export async function updateReview(
  api: ApiClient,
  input: {
    reviewId: string;
    version: number;
    title: string;
    purpose: string;
    referenceDate: string;
  },
): Promise<ServiceResult<{ review: Review }>> {
  const { reviewId, ...body } = input;
  const answer = await send(() =>
    api.PATCH('/api/v1/options-reviews/{reviewId}', { ...inReview(reviewId), body }),
  );
  return answer.data ? { ok: true, review: answer.data } : refusal(answer);
}

/** Moves the review along its lifecycle (draft → in review → concluded, or back to draft). */
export async function changeReviewStatus(
  api: ApiClient,
  input: { reviewId: string; status: ReviewStatus },
): Promise<ServiceResult<{ review: Review }>> {
  const answer = await send(() =>
    api.PUT('/api/v1/options-reviews/{reviewId}/status', {
      ...inReview(input.reviewId),
      body: { status: input.status },
    }),
  );
  return answer.data ? { ok: true, review: answer.data } : refusal(answer);
}

/** Adds an officer or committee member of the review's authority. */
export async function addReviewMember(
  api: ApiClient,
  input: { reviewId: string; userId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.POST('/api/v1/options-reviews/{reviewId}/members', {
      ...inReview(input.reviewId),
      body: { userId: input.userId },
    }),
  );
  return answer.data ? { ok: true } : refusal(answer);
}

/** Removes a member, who no longer finds the review. */
export async function removeReviewMember(
  api: ApiClient,
  input: { reviewId: string; userId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.DELETE('/api/v1/options-reviews/{reviewId}/members/{userId}', {
      params: { path: input },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/** Passes the lead to another officer among the members; the caller stays a member. */
export async function transferReviewLead(
  api: ApiClient,
  input: { reviewId: string; userId: string },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.PUT('/api/v1/options-reviews/{reviewId}/lead', {
      ...inReview(input.reviewId),
      body: { userId: input.userId },
    }),
  );
  return answer.data ? { ok: true } : refusal(answer);
}

/**
 * Saves the review's scheme as a new version, starting from the version the user saw (null for
 * the first): from a template, blank, or as edited.
 */
export async function saveSchemeVersion(
  api: ApiClient,
  input: { reviewId: string; basedOnVersion: number | null; note?: string; source: SchemeSource },
): Promise<ServiceResult<{ version: SchemeVersion }>> {
  const { reviewId, ...body } = input;
  const answer = await send(() =>
    api.POST('/api/v1/options-reviews/{reviewId}/scheme-versions', { ...inReview(reviewId), body }),
  );
  return answer.data ? { ok: true, version: answer.data } : refusal(answer);
}

/** Adds an option, at version 1. */
export async function createOption(
  api: ApiClient,
  input: { reviewId: string; option: OptionInput },
): Promise<ServiceResult<{ option: Option }>> {
  const answer = await send(() =>
    api.POST('/api/v1/options-reviews/{reviewId}/options', {
      ...inReview(input.reviewId),
      body: input.option,
    }),
  );
  return answer.data ? { ok: true, option: answer.data } : refusal(answer);
}

/** Replaces an option as a whole, at the version the user read. */
export async function updateOption(
  api: ApiClient,
  input: { reviewId: string; optionId: string; version: number; option: OptionInput },
): Promise<ServiceResult<{ option: Option }>> {
  const { reviewId, optionId, version, option } = input;
  const answer = await send(() =>
    api.PUT('/api/v1/options-reviews/{reviewId}/options/{optionId}', {
      params: { path: { reviewId, optionId } },
      body: { ...option, version },
    }),
  );
  return answer.data ? { ok: true, option: answer.data } : refusal(answer);
}

/** Removes an option unless it changed since the user read it. */
export async function deleteOption(
  api: ApiClient,
  input: { reviewId: string; optionId: string; version: number },
): Promise<ServiceResult> {
  const { reviewId, optionId, version } = input;
  const answer = await send(() =>
    api.DELETE('/api/v1/options-reviews/{reviewId}/options/{optionId}', {
      params: { path: { reviewId, optionId }, query: { version: String(version) } },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

type Scoring = components['schemas']['ScoringResponse'];
type ScoreEntry = components['schemas']['ScoreEntry'];

/** Saves the caller's draft score sheet for the scheme version shown; the scores replace the draft. */
export async function saveScoreSheet(
  api: ApiClient,
  input: { reviewId: string; schemeVersion: number; scores: ScoreEntry[] },
): Promise<ServiceResult<{ scoring: Scoring }>> {
  const { reviewId, ...body } = input;
  const answer = await send(() =>
    api.PUT('/api/v1/options-reviews/{reviewId}/scoring/sheet', { ...inReview(reviewId), body }),
  );
  return answer.data ? { ok: true, scoring: answer.data } : refusal(answer);
}

/** Submits the caller's saved sheet: final from then on, and the others' scores become visible. */
export async function submitScoreSheet(
  api: ApiClient,
  input: { reviewId: string; schemeVersion: number },
): Promise<ServiceResult<{ scoring: Scoring }>> {
  const { reviewId, ...body } = input;
  const answer = await send(() =>
    api.POST('/api/v1/options-reviews/{reviewId}/scoring/sheet/submit', {
      ...inReview(reviewId),
      body,
    }),
  );
  return answer.data ? { ok: true, scoring: answer.data } : refusal(answer);
}

/** The lead records the group's consensus score of one option on one criterion. */
export async function recordConsensus(
  api: ApiClient,
  input: { reviewId: string; schemeVersion: number } & ScoreEntry,
): Promise<ServiceResult<{ scoring: Scoring }>> {
  const { reviewId, ...body } = input;
  const answer = await send(() =>
    api.PUT('/api/v1/options-reviews/{reviewId}/scoring/consensus', {
      ...inReview(reviewId),
      body,
    }),
  );
  return answer.data ? { ok: true, scoring: answer.data } : refusal(answer);
}

type Weighting = components['schemas']['WeightingResponse'];
type WeightSetEntry = components['schemas']['WeightSetEntry'];
type AdoptWeightsInput = components['schemas']['AdoptWeightsInput'];

/** Saves the caller's weight set for the scheme version shown, replacing the one saved before. */
export async function saveWeightSet(
  api: ApiClient,
  input: { reviewId: string; schemeVersion: number; sets: WeightSetEntry[] },
): Promise<ServiceResult<{ weighting: Weighting }>> {
  const { reviewId, ...body } = input;
  const answer = await send(() =>
    api.PUT('/api/v1/options-reviews/{reviewId}/weighting/my-weight-set', {
      ...inReview(reviewId),
      body,
    }),
  );
  return answer.data ? { ok: true, weighting: answer.data } : refusal(answer);
}

/** The lead adopts weights with a reason; the adoption is added to the history. */
export async function adoptWeights(
  api: ApiClient,
  input: { reviewId: string } & AdoptWeightsInput,
): Promise<ServiceResult<{ weighting: Weighting }>> {
  const { reviewId, ...body } = input;
  const answer = await send(() =>
    api.POST('/api/v1/options-reviews/{reviewId}/weighting/adoptions', {
      ...inReview(reviewId),
      body,
    }),
  );
  return answer.data ? { ok: true, weighting: answer.data } : refusal(answer);
}
