import type { Conversation, CreateConversationInput } from '@tenderwise/schema';
import { findUserById } from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { initialState } from '../../domain/conversations/dialogue/advance.ts';
import { reviewPath } from '../../domain/conversations/review-path/path.ts';
import { tenderPath } from '../../domain/conversations/tender-path/path.ts';
import { ForbiddenError, ValidationError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { readableReview } from '../options-reviews/review-steps.ts';
import { findLot } from '../tender-schemes/scheme-rows.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { kindOf } from './conversation-runtime.ts';
import { recordTurns, showConversation } from './conversation-steps.ts';

/** The steps each path starts from; questions about results have none. */
const pathSteps = {
  tender: tenderPath,
  optionsReview: reviewPath,
  results: { steps: [] },
  officialResult: { steps: [] },
};

/**
 * Starts a conversation of the caller: the path's greeting and its first question. What the
 * conversation creates later (a draft tender, an options review) is created by confirmed
 * proposals only.
 */
export async function createConversation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateConversationInput;
}): Promise<Conversation> {
  await authorize(ctx, { operationId: 'createConversation' });
  const { principal } = ctx;
  // The policy row admits only signed-in users; this narrows the type.
  if (principal.kind !== 'user') throw new Error('Only signed-in users hold conversations');
  const kind = kindOf(input.path);
  if ((input.path === 'results') !== (input.optionsReviewId !== undefined)) {
    throw new ValidationError(
      'Name the options review (optionsReviewId) for questions about its results, and only then.',
    );
  }
  const official = input.path === 'officialResult';
  if (official !== (input.tenderId !== undefined && input.lotNumber !== undefined)) {
    throw new ValidationError(
      'Name the tender and lot (tenderId, lotNumber) for questions about its official result, ' +
        'and only then.',
    );
  }
  // Questions about results are for those who may read them: a review or tender the caller may
  // not know of is not found (404), before anything is stored.
  if (input.optionsReviewId !== undefined) {
    await readableReview(ctx, 'getOptionsReviewResults', input.optionsReviewId);
  }
  if (official) {
    await readableTender(ctx, 'getOfficialResult', input.tenderId!);
    await findLot(ctx.db, input.tenderId!, input.lotNumber!);
  }
  return withTransaction<DB, Conversation>(ctx.db, async (trx) => {
    const inner = { ...ctx, db: trx };
    const user = await findUserById(trx, principal.userId);
    if (user === undefined || user.disabled_at !== null) {
      throw new ForbiddenError('Only active users hold conversations.');
    }
    const now = await ctx.clock.now<DB>(trx);
    const state = initialState(pathSteps[input.path]);
    const row = await trx
      .insertInto('conversation')
      .values({
        organisation_id: user.organisation_id,
        user_id: user.id,
        path: input.path,
        language: input.language,
        status: 'open',
        tender_id: official ? input.tenderId! : null,
        options_review_id: input.optionsReviewId ?? null,
        lot_number: official ? input.lotNumber! : null,
        state: JSON.stringify(state),
        turn_count: 0,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const stored = await recordTurns(inner, row, {
      turns: await kind.start(inner, row),
      state,
      status: 'open',
      tenderId: row.tender_id,
      optionsReviewId: row.options_review_id,
    });
    return showConversation(inner, stored);
  });
}
