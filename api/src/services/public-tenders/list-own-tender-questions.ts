import type { OwnTenderQuestionListResponse } from '@tenderwise/schema';
import { readablePublishedTender } from './published-tender-steps.ts';
import type { ServiceContext } from '../context.ts';
import { vendorActorOf } from './vendor-steps.ts';

/** The questions the caller's organisation asked on the tender, answered or not, in order. */
export async function listOwnTenderQuestions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<OwnTenderQuestionListResponse> {
  const { tender } = await readablePublishedTender(ctx, 'listOwnTenderQuestions', input.tenderId);
  const vendor = vendorActorOf(ctx);
  const rows = await ctx.db
    .selectFrom('tender_question')
    .selectAll()
    .where('tender_id', '=', tender.id)
    .where('organisation_id', '=', vendor.organisationId)
    .orderBy('number')
    .execute();
  return {
    questions: rows.map((row) => ({
      id: row.id,
      number: row.number,
      lotNumber: row.lot_number,
      text: row.text,
      askedAt: row.asked_at.toISOString(),
      late: row.late,
      answered: row.answer !== null,
      answer: row.answer,
      answeredAt: row.answered_at?.toISOString() ?? null,
    })),
  };
}
