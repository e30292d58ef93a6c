import type { AnswerTenderQuestionInput, TenderQuestion } from '@tenderwise/schema';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { enqueueNotice } from '../notices/enqueue-notice.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { answerNotice } from './answer-notice.ts';

/**
 * An officer of the team answers a bidder's question, once: the answer is published under the
 * question's number without naming the asker, and every organisation that registered interest,
 * and the asker's, receive it as a notice (each once). An answered question keeps its answer
 * (409; the table's trigger refuses a change too).
 *
 * The tender's `version` does not move: an answer changes neither the tender's data nor its
 * scheme, and the tender is past publication, where the version only guards the preparation.
 */
export async function answerTenderQuestion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; questionId: string } & AnswerTenderQuestionInput;
}): Promise<TenderQuestion> {
  return changeTender(
    ctx,
    {
      operationId: 'answerTenderQuestion',
      tenderId: input.tenderId,
      action: 'tender.question.answered',
    },
    async ({ trx, current, now, caller }) => {
      const { tender } = current;
      const question = await trx
        .selectFrom('tender_question')
        .innerJoin('organisation', 'organisation.id', 'tender_question.organisation_id')
        .selectAll('tender_question')
        .select('organisation.name as organisation_name')
        .where('tender_question.tender_id', '=', tender.id)
        .where('tender_question.id', '=', input.questionId)
        .executeTakeFirst();
      if (question === undefined) throw new NotFoundError('The tender has no such question.');
      if (question.answer !== null) {
        throw new ConflictError(`Question ${question.number} is answered; an answer is kept.`);
      }
      const answered = await trx
        .updateTable('tender_question')
        .set({ answer: input.answer, answered_by: caller.userId, answered_at: now })
        .where('id', '=', question.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditTenderChange(trx, ctx, {
        action: 'tender.question.answered',
        object: tenderRef(tender.id),
        before: { questionId: question.id, number: question.number, answer: null },
        after: { questionId: question.id, number: question.number, answer: input.answer },
      });
      const interested = await trx
        .selectFrom('tender_interest')
        .select('organisation_id')
        .where('tender_id', '=', tender.id)
        .execute();
      await enqueueNotice(
        trx,
        answerNotice({
          tenderId: tender.id,
          reference: tender.reference,
          title: tender.title,
          number: question.number,
          lotNumber: question.lot_number,
          question: question.text,
          answer: input.answer,
        }),
        [
          ...interested.map((row) => ({ organisationId: row.organisation_id })),
          { organisationId: question.organisation_id },
        ],
        { now, email: ctx.settings.noticeEmail },
      );
      return {
        id: answered.id,
        number: answered.number,
        lotNumber: answered.lot_number,
        text: answered.text,
        askedAt: answered.asked_at.toISOString(),
        late: answered.late,
        organisation: { id: answered.organisation_id, name: question.organisation_name },
        answer: answered.answer,
        answeredBy: answered.answered_by,
        answeredAt: answered.answered_at?.toISOString() ?? null,
      };
    },
  );
}
