import {
  OptionOffer,
  type EvaluationScheme,
  type OptionsReviewResults,
  type ResultsFigures,
  type ResultsQuery,
  type ResultsWeights,
} from '@tenderwise/schema';
import {
  findLatestSchemeVersion,
  findSchemeVersion,
} from '../../db/repositories/options-review-scheme-versions.ts';
import { listAllOptions } from '../../db/repositories/options-review-options.ts';
import { findAdoptedWeights } from '../../db/repositories/options-review-weights.ts';
import { findScoreSheet, listConsensus } from '../../db/repositories/options-review-scores.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { schemeWithAdoptedWeights } from '../../domain/options-reviews/adopted-weights.ts';
import type { MissingInput } from '../../domain/options-reviews/option-bids.ts';
import type { ResultsInput, ResultsOutcome } from '../../domain/options-reviews/results.ts';
import type { ServiceContext } from '../context.ts';
import { runAnalysisTask } from '../analysis/run-analysis-task.ts';
import { storedScheme } from '../views/options-reviews.ts';
import type { ReviewAccess } from './review-access.ts';
import { readableReview } from './review-steps.ts';

/** How long the results may take on a worker before the request is refused. */
export const RESULTS_TIME_LIMIT_MS = 20_000;

/**
 * The results of an options review for one scheme version: by default the latest, and for a
 * concluded review the version it concluded on. Computed on the worker pool from the scheme, the
 * options' offers and the consensus scores (`domain/options-reviews/results.ts`), so the same
 * inputs give the same bytes and a large review never blocks the request thread. The results
 * show the consensus scores, so they are as blind as the scoring: a member sees them once they
 * have submitted their own sheet, the lead always, everybody once the review is concluded.
 * A 409 says what is missing before they can be computed.
 */
export async function getResults({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ResultsQuery & { reviewId: string };
}): Promise<OptionsReviewResults> {
  const access = await readableReview(ctx, 'getOptionsReviewResults', input.reviewId);
  const caller = ctx.principal;
  // The policy rows admit only signed-in members; this narrows the type.
  if (caller.kind !== 'user') throw new Error('Only signed-in users read results');
  return resultsFor(ctx, access, caller.userId, input.schemeVersion);
}

/**
 * The results as `userId` may see them, for a review already authorised (the results tab, the
 * report): throws a 409's ConflictError when they are hidden (blind) or cannot be computed yet.
 */
export async function resultsFor(
  ctx: ServiceContext,
  access: ReviewAccess,
  userId: string,
  requestedVersion: number | undefined,
): Promise<OptionsReviewResults> {
  const read = await readResultsSource(ctx, access, userId, requestedVersion);
  if (read.status === 'noScheme') throw new NotFoundError('The review has no scheme yet.');
  if (read.status === 'hidden') throw new ConflictError(hiddenMessage(read.schemeVersion));
  const { source } = read;
  const outcome = await computeResults(source);
  if (outcome.status === 'incomplete') {
    throw new ConflictError(missingMessage(outcome.missing, source.task, source.task.scheme));
  }
  if (outcome.status === 'invalid') {
    throw new ConflictError(
      `The results cannot be computed from what is recorded: ${outcome.issues.slice(0, 10).join('; ')}.`,
    );
  }
  return resultsOf(source, outcome.figures);
}

/** What the results of one scheme version are computed from, and on which weights. */
export interface ResultsSource {
  reviewId: string;
  schemeVersion: number;
  latestSchemeVersion: number;
  weights: ResultsWeights;
  /** The scheme (with the weights in force), the options and the consensus scores. */
  task: ResultsInput;
}

export type ResultsSourceRead =
  | { status: 'noScheme' }
  | { status: 'hidden'; schemeVersion: number }
  | { status: 'ready'; source: ResultsSource };

/**
 * Reads what the results are computed from, as `userId` may see it: by default the latest
 * scheme version, for a concluded review the version it concluded on; `hidden` while the
 * consensus is blind to them. Throws NotFoundError for a scheme version that does not exist.
 */
export async function readResultsSource(
  ctx: ServiceContext,
  access: ReviewAccess,
  userId: string,
  requestedVersion: number | undefined,
): Promise<ResultsSourceRead> {
  const { review } = access;
  const latest = await findLatestSchemeVersion(ctx.db, review.id);
  if (latest === undefined) return { status: 'noScheme' };
  const schemeVersion =
    requestedVersion ??
    (review.status === 'concluded' ? review.concluded_scheme_version : null) ??
    latest.number;
  if (!(await consensusVisible(ctx, access, userId, schemeVersion))) {
    return { status: 'hidden', schemeVersion };
  }

  const { scheme, weights } = await resultsScheme(ctx, review.id, schemeVersion);
  const options = await listAllOptions(ctx.db, review.id);
  const consensus = await listConsensus(ctx.db, review.id, schemeVersion);
  const task: ResultsInput = {
    scheme,
    options: options.map((row) => ({
      id: row.id,
      name: row.name,
      vendorName: row.vendor_name,
      offer: OptionOffer.parse(JSON.parse(row.offer)),
    })),
    consensus: consensus.map((row) => ({
      optionId: row.option_id,
      criterionId: row.criterion_id,
      score: row.score,
      justification: row.justification,
    })),
  };
  return {
    status: 'ready',
    source: {
      reviewId: review.id,
      schemeVersion,
      latestSchemeVersion: latest.number,
      weights,
      task,
    },
  };
}

/** The results' figures for a source, computed on the worker pool. */
export function computeResults(source: ResultsSource): Promise<ResultsOutcome> {
  return runAnalysisTask<ResultsOutcome>('optionsReviewResults', source.task, {
    timeoutMs: RESULTS_TIME_LIMIT_MS,
    sizePointer: '',
    lessOf: 'options or criteria',
  });
}

/** The results as the API returns them, from a source and its computed figures. */
export function resultsOf(source: ResultsSource, figures: ResultsFigures): OptionsReviewResults {
  return {
    reviewId: source.reviewId,
    schemeVersion: source.schemeVersion,
    latestSchemeVersion: source.latestSchemeVersion,
    weights: source.weights,
    ...figures,
  };
}

/**
 * The one place the results read the scheme they evaluate on: the scheme version as stored, its
 * weights replaced by the latest adoption for this version where the lead adopted weights
 * (ADR 0026), and which of the two it is.
 */
async function resultsScheme(
  ctx: ServiceContext,
  reviewId: string,
  schemeVersion: number,
): Promise<{ scheme: EvaluationScheme; weights: ResultsWeights }> {
  const version = await findSchemeVersion(ctx.db, reviewId, schemeVersion);
  if (version === undefined) {
    throw new NotFoundError(`The review has no scheme version ${schemeVersion}.`);
  }
  const scheme = storedScheme(version);
  const adopted = await findAdoptedWeights(ctx.db, reviewId, schemeVersion);
  if (adopted === undefined) return { scheme, weights: { source: 'scheme' } };
  return {
    scheme: schemeWithAdoptedWeights(scheme, adopted.weights),
    weights: {
      source: 'adopted',
      adoptionId: adopted.adoptionId,
      kind: adopted.kind,
      reason: adopted.reason,
      adoptedBy: adopted.adoptedBy,
      adoptedAt: adopted.adoptedAt.toISOString(),
    },
  };
}

/** Blind until submitted, as the scoring: the results show the consensus scores. */
async function consensusVisible(
  ctx: ServiceContext,
  { review }: ReviewAccess,
  userId: string,
  schemeVersion: number,
): Promise<boolean> {
  if (review.status === 'concluded' || review.lead_user_id === userId) return true;
  const sheet = await findScoreSheet(ctx.db, { reviewId: review.id, schemeVersion, userId });
  return sheet?.submitted_at != null;
}

function hiddenMessage(schemeVersion: number): string {
  return `Submit your score sheet for scheme version ${schemeVersion} first: the results show the consensus scores, which a member sees once they have submitted their own.`;
}

const whatIsMissing: Record<MissingInput['what'], string> = {
  consensus: 'no consensus score',
  metricValue: 'no measured value',
  price: 'no price or cost of the scheme’s kind',
};

/** Which option lacks what on which criterion, by name, the first twenty of them. */
function missingMessage(
  missing: readonly MissingInput[],
  task: ResultsInput,
  scheme: EvaluationScheme,
): string {
  if (missing.length === 0) return 'The results need at least one option.';
  const names = new Map(task.options.map((option) => [option.id, option.name]));
  const titles = new Map(scheme.award.map((node) => [node.id, node.title.en]));
  const listed = missing
    .slice(0, 20)
    .map(
      (item) =>
        `“${names.get(item.optionId)}”: ${whatIsMissing[item.what]} for “${titles.get(item.criterionId) ?? item.criterionId}”`,
    );
  const more = missing.length > 20 ? `; and ${missing.length - 20} more` : '';
  return `The results cannot be computed yet. Missing: ${listed.join('; ')}${more}.`;
}
