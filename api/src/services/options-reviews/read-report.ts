import type { OptionsReviewReport } from '@tenderwise/schema';
import { readChainHeadWithTime } from '../../db/repositories/audit-log.ts';
import { listAllOptions } from '../../db/repositories/options-review-options.ts';
import {
  findLatestSchemeVersion,
  findSchemeVersion,
} from '../../db/repositories/options-review-scheme-versions.ts';
import { displayNamesOf } from '../../db/repositories/users.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { genesisHash } from '../../security/audit/entry.ts';
import type { ServiceContext } from '../context.ts';
import { optionResponse, schemeVersionResponse } from '../views/options-reviews.ts';
import { readScoring } from './read-scoring.ts';
import type { ReviewAccess } from './review-access.ts';
import { reviewView } from './review-view.ts';

/**
 * The report of a review on one scheme version (the latest unless named), as the caller may see
 * it: the scoring is read with the same blindness as the scoring tab. The audit head is read last,
 * so every change the report shows is at or below it; its entry's time is the report's as-of time.
 */
export async function readReport(
  db: ServiceContext['db'],
  { access, userId, schemeVersion }: { access: ReviewAccess; userId: string; schemeVersion?: number },
): Promise<OptionsReviewReport> {
  const reviewId = access.review.id;
  const version =
    schemeVersion === undefined
      ? await findLatestSchemeVersion(db, reviewId)
      : await findSchemeVersion(db, reviewId, schemeVersion);
  if (version === undefined) {
    throw new NotFoundError(
      schemeVersion === undefined
        ? 'The review has no scheme yet.'
        : `The review has no scheme version ${schemeVersion}.`,
    );
  }
  const review = await reviewView(db, access.review);
  const options = (await listAllOptions(db, reviewId)).map(optionResponse);
  const scoring = await readScoring(db, { access, userId, schemeVersion: version.number });
  const named = new Set<string>([
    version.created_by,
    ...review.members.map((member) => member.userId),
    ...scoring.submittedBy,
    ...(scoring.consensus ?? []).map((score) => score.recordedBy),
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
    people: Object.fromEntries([...names].sort(([a], [b]) => a.localeCompare(b))),
  };
}
