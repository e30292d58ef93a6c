import type { OptionsReviewReport } from '@tenderwise/schema';
import { readChainHeadWithTime } from '../../db/repositories/audit-log.ts';
import { listAllOptions } from '../../db/repositories/options-review-options.ts';
import {
  findLatestSchemeVersion,
  findSchemeVersion,
} from '../../db/repositories/options-review-scheme-versions.ts';
import { displayNamesOf } from '../../db/repositories/users.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { genesisHash } from '../../security/audit/entry.ts';
import type { ServiceContext } from '../context.ts';
import { optionResponse, schemeVersionResponse } from '../views/options-reviews.ts';
import { registrySourcesOf } from './registry-sources.ts';
import { resultsFor } from './get-results.ts';
import { readScoring } from './read-scoring.ts';
import { readWeighting } from './read-weighting.ts';
import type { ReviewAccess } from './review-access.ts';
import { reviewView } from './review-view.ts';

/**
 * The report of a review on one scheme version (when not named: the latest, or the concluded
 * one), as the caller may see it: scoring and results are as blind as their own tabs. The audit
 * head is read last, so every change the report shows is at or below it; its entry's time is the
 * report's as-of time.
 */
export async function readReport(
  ctx: ServiceContext,
  {
    access,
    userId,
    schemeVersion,
  }: { access: ReviewAccess; userId: string; schemeVersion?: number },
): Promise<OptionsReviewReport> {
  const { db } = ctx;
  const reviewId = access.review.id;
  const requested =
    schemeVersion ??
    (access.review.status === 'concluded' ? access.review.concluded_scheme_version : null);
  const version =
    requested === null
      ? await findLatestSchemeVersion(db, reviewId)
      : await findSchemeVersion(db, reviewId, requested);
  if (version === undefined) {
    throw new NotFoundError(
      requested === null
        ? 'The review has no scheme yet.'
        : `The review has no scheme version ${requested}.`,
    );
  }
  const review = await reviewView(db, access.review);
  const optionRows = await listAllOptions(db, reviewId);
  const sources = await registrySourcesOf(db, optionRows);
  const options = optionRows.map((row) => optionResponse(row, sources));
  const scoring = await readScoring(db, { access, userId, schemeVersion: version.number });
  // Not blind (ADR 0026): every member reads every member's weights; the results use the
  // latest adoption where there is one.
  const weighting = await readWeighting(db, { reviewId, schemeVersion: version.number });
  const { results, resultsUnavailable } = await reportResults(ctx, access, userId, {
    schemeVersion: version.number,
    submitted: scoring.mine.submittedAt !== null,
  });
  const named = new Set<string>([
    version.created_by,
    ...review.members.map((member) => member.userId),
    ...scoring.submittedBy,
    ...(scoring.consensus ?? []).map((score) => score.recordedBy),
    ...weighting.memberSets.map((set) => set.userId),
    ...weighting.adoptions.map((adoption) => adoption.adoptedBy),
    ...weighting.adoptions.flatMap(({ memberUserId }) =>
      memberUserId === null ? [] : [memberUserId],
    ),
  ]);
  const names = await displayNamesOf(db, [...named].sort());
  const head = await readChainHeadWithTime(db);
  const auditHead = {
    seq: head?.seq ?? 0,
    hash: head?.hash ?? genesisHash,
    recordedAt: head?.recordedAt?.toISOString() ?? null,
  };
  return {
    asOf: auditHead.recordedAt ?? review.updatedAt,
    auditHead,
    review,
    schemeVersion: schemeVersionResponse(version),
    options,
    scoring,
    weighting,
    results,
    resultsUnavailable,
    people: Object.fromEntries([...names].sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The results the report shows, or why there are none: blind as the results tab is. */
async function reportResults(
  ctx: ServiceContext,
  access: ReviewAccess,
  userId: string,
  { schemeVersion, submitted }: { schemeVersion: number; submitted: boolean },
): Promise<Pick<OptionsReviewReport, 'results' | 'resultsUnavailable'>> {
  const { review } = access;
  if (review.status !== 'concluded' && review.lead_user_id !== userId && !submitted) {
    return {
      results: null,
      resultsUnavailable: {
        reason: 'blind',
        detail: 'The results appear once you have submitted your own score sheet.',
      },
    };
  }
  try {
    const computed = await resultsFor(ctx, access, userId, schemeVersion);
    const { options, criteria, unjudged, evaluation, notAnalysable } = computed;
    const { stability, smaa, priceFormulas, topsis } = computed;
    // The what-if model serves the results tab's sliders; a report has no use for it.
    const figures = { options, criteria, unjudged, evaluation, notAnalysable };
    return {
      results: { ...figures, stability, smaa, priceFormulas, topsis, whatIf: null },
      resultsUnavailable: null,
    };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return { results: null, resultsUnavailable: { reason: 'incomplete', detail: error.message } };
  }
}
