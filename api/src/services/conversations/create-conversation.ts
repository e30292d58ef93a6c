import type { Conversation, CreateConversationInput } from '@tenderwise/schema';
import { findUserById } from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { initialState } from '../../domain/conversations/dialogue/advance.ts';
import { present } from '../../domain/conversations/dialogue/present.ts';
import { ForbiddenError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { runtimeOf } from './conversation-runtime.ts';
import { assistantTurn, recordTurns, showConversation } from './conversation-steps.ts';

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
  const runtime = runtimeOf(input.path);
  return withTransaction<DB, Conversation>(ctx.db, async (trx) => {
    const inner = { ...ctx, db: trx };
    const user = await findUserById(trx, principal.userId);
    if (user === undefined || user.disabled_at !== null) {
      throw new ForbiddenError('Only active users hold conversations.');
    }
    const now = await ctx.clock.now<DB>(trx);
    const state = initialState(runtime.definition);
    const row = await trx
      .insertInto('conversation')
      .values({
        organisation_id: user.organisation_id,
        user_id: user.id,
        path: input.path,
        language: input.language,
        status: 'open',
        tender_id: null,
        options_review_id: input.optionsReviewId ?? null,
        state: JSON.stringify(state),
        turn_count: 0,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const world = await runtime.load(inner, row);
    const presented = present(runtime.definition, state, world, input.language);
    const stored = await recordTurns(inner, row, {
      turns: [
        assistantTurn({ kind: 'info', text: runtime.definition.greeting }, null),
        assistantTurn(presented.message, state.stepId),
      ],
      state,
      status: 'open',
      tenderId: null,
      optionsReviewId: row.options_review_id,
    });
    return showConversation(inner, stored);
  });
}
