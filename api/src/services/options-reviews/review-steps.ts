import type { Transaction } from 'kysely';
import { listMemberIds, lockOptionsReview } from '../../db/repositories/options-reviews.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize, decide, refusalError } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import type { UserPrincipal } from '../../security/access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { recordingReviewRefusals, reviewRef, type OptionsReviewAuditAction } from './audit.ts';
import {
  findReviewAccess,
  reviewAccessObject,
  reviewNotFound,
  type ReviewAccess,
} from './review-access.ts';

/**
 * The first step of every verb that reads a review or what belongs to it: the review is looked
 * up and `authorize` decides on it, so a review of another authority, or one the caller does not
 * take part in, is not found exactly like one that does not exist.
 */
export async function readableReview(
  ctx: ServiceContext,
  operationId: OperationId,
  reviewId: string,
): Promise<ReviewAccess> {
  const found = await findReviewAccess(ctx.db, reviewId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: reviewAccessObject(found) }),
  });
  if (found === undefined) throw new NotFoundError(reviewNotFound);
  return found;
}

/** What a changing verb's work gets: the locked review, its members, the time and the caller. */
export interface ReviewChangeScope {
  trx: Transaction<DB>;
  current: ReviewAccess;
  now: Date;
  caller: UserPrincipal;
}

/**
 * The frame of every verb that changes a review or what belongs to it: `authorize` on the review
 * first (its refusals recorded as `access.operation.refused`), then one transaction that locks
 * the review, so changes to one review take turns, and decides again on what it locked: a lead
 * transferred or a review concluded in between is not overlooked. A missing review and a refusal
 * inside are recorded under `action`; the work writes its own audit entry in the same
 * transaction.
 */
export async function changeReview<T>(
  ctx: ServiceContext,
  change: { operationId: OperationId; reviewId: string; action: OptionsReviewAuditAction },
  work: (scope: ReviewChangeScope) => Promise<T>,
): Promise<T> {
  const { operationId, reviewId, action } = change;
  const found = await findReviewAccess(ctx.db, reviewId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: reviewAccessObject(found) }),
  });
  const caller = ctx.principal;
  // The policy rows admit only signed-in officers to changes; this narrows the type.
  if (caller.kind !== 'user') throw new Error('Only signed-in users change options reviews');
  return recordingReviewRefusals(ctx, { action, object: reviewRef(reviewId) }, async () => {
    if (found === undefined) throw new NotFoundError(reviewNotFound);
    return withTransaction<DB, T>(ctx.db, async (trx) => {
      const review = await lockOptionsReview(trx, reviewId);
      if (review === undefined) throw new NotFoundError(reviewNotFound);
      const current = { review, memberUserIds: await listMemberIds(trx, reviewId) };
      const object = reviewAccessObject(current);
      const decision = decide({ principal: caller, operationId, object });
      if (!decision.allowed) throw refusalError(decision.refusal, object);
      return work({ trx, current, now: await ctx.clock.now<DB>(trx), caller });
    });
  });
}
