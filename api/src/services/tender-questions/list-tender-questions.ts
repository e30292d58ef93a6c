import type { TenderQuestionListResponse } from '@tenderwise/schema';
import { readableTender } from '../tenders/tender-steps.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Every question on the tender for its team, answered or not, with the asking organisation (for
 * the team alone: answers are published without it) and the late flag; optionally only the
 * unanswered ones.
 */
export async function listTenderQuestions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; unanswered?: boolean | undefined };
}): Promise<TenderQuestionListResponse> {
  const { tender } = await readableTender(ctx, 'listTenderQuestions', input.tenderId);
  let query = ctx.db
    .selectFrom('tender_question')
    .innerJoin('organisation', 'organisation.id', 'tender_question.organisation_id')
    .selectAll('tender_question')
    .select('organisation.name as organisation_name')
    .where('tender_question.tender_id', '=', tender.id)
    .orderBy('tender_question.number');
  if (input.unanswered === true) query = query.where('tender_question.answer', 'is', null);
  const rows = await query.execute();
  return {
    questions: rows.map((row) => ({
      id: row.id,
      number: row.number,
      lotNumber: row.lot_number,
      text: row.text,
      askedAt: row.asked_at.toISOString(),
      late: row.late,
      organisation: { id: row.organisation_id, name: row.organisation_name },
      answer: row.answer,
      answeredBy: row.answered_by,
      answeredAt: row.answered_at?.toISOString() ?? null,
    })),
  };
}
