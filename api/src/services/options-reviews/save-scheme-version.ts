import {
  type EvaluationScheme,
  type SaveSchemeVersionInput,
  type SchemeSource,
  type SchemeVersionResponse,
} from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import type { OptionsReviewRow } from '../../db/repositories/options-reviews.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { assertValidScheme, schemeFromSource } from '../scheme-sources.ts';
import { schemeVersionResponse } from '../views/options-reviews.ts';
import { appendSchemeVersion, type SchemeOrigin } from './append-scheme-version.ts';
import { changeReview } from './review-steps.ts';
import { staleVersion } from './stale-version.ts';

/**
 * Saves the review's scheme as a new, immutable version, for the officers who take part, while
 * the review is not concluded: from a catalogue template, from catalogue entries, blank, or as
 * edited. The engine's scheme validation decides what may be saved; each issue it names is a
 * field of the 422. The caller names the version it started from, so a save over a version it
 * has not seen is refused (409) instead of silently replacing another editor's work.
 */
export async function saveSchemeVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SaveSchemeVersionInput & { reviewId: string };
}): Promise<SchemeVersionResponse> {
  const { reviewId } = input;
  return changeReview(
    ctx,
    {
      operationId: 'saveOptionsReviewSchemeVersion',
      reviewId,
      action: 'options_review.scheme.saved',
    },
    async ({ trx, current, now, caller }) => {
      const latest = await findLatestSchemeVersion(trx, reviewId);
      const latestNumber = latest?.number ?? null;
      if (latestNumber !== input.basedOnVersion) {
        throw latestNumber === null
          ? new ConflictError(
              'The review has no scheme yet: save the first with basedOnVersion null.',
            )
          : staleVersion('scheme', input.basedOnVersion, latestNumber);
      }
      const { scheme, origin } = await schemeOf(trx, current.review, input.source);
      assertValidScheme(scheme, input.source);
      const row = await appendSchemeVersion(trx, ctx, {
        reviewId,
        number: (latestNumber ?? 0) + 1,
        scheme,
        origin,
        note: input.note ?? null,
        by: caller.userId,
        at: now,
      });
      return schemeVersionResponse(row);
    },
  );
}

/**
 * The scheme a source stands for, on the review's reference date, and where it came from: an
 * edited scheme must already be on the reference date.
 */
async function schemeOf(
  trx: Transaction<DB>,
  review: OptionsReviewRow,
  source: SchemeSource,
): Promise<{ scheme: EvaluationScheme; origin: SchemeOrigin }> {
  if (source.kind === 'edited' && source.scheme.submissionDeadline !== review.reference_date) {
    throw new ValidationError('The scheme is not on the review’s reference date.', [
      {
        in: 'body',
        pointer: '/source/scheme/submissionDeadline',
        detail: `Evidence is judged as of the review’s reference date, ${review.reference_date}; change the review’s reference date to move it.`,
      },
    ]);
  }
  return schemeFromSource(
    trx,
    { title: review.title, referenceDate: review.reference_date },
    source,
  );
}
