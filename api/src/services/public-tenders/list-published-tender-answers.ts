import type { PublishedTenderAnswerListResponse } from '@tenderwise/schema';
import { readablePublishedTender } from './published-tender-steps.ts';
import type { ServiceContext } from '../context.ts';

/**
 * The answered questions of a published tender by number, for anybody: the question, its lot, the
 * answer and when. Never who asked, and never unanswered questions (they are the asker's).
 */
export async function listPublishedTenderAnswers({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<PublishedTenderAnswerListResponse> {
  const { tender } = await readablePublishedTender(
    ctx,
    'listPublishedTenderAnswers',
    input.tenderId,
  );
  const rows = await ctx.db
    .selectFrom('tender_question')
    .select(['number', 'lot_number', 'text', 'answer', 'answered_at'])
    .where('tender_id', '=', tender.id)
    .where('answer', 'is not', null)
    .orderBy('number')
    .execute();
  return {
    answers: rows.map((row) => ({
      number: row.number,
      lotNumber: row.lot_number,
      question: row.text,
      answer: row.answer!,
      answeredAt: row.answered_at!.toISOString(),
    })),
  };
}
