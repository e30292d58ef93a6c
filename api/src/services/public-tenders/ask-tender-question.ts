import type { AskedTenderQuestion, AskTenderQuestionInput } from '@tenderwise/schema';
import { ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeAsVendor } from './vendor-steps.ts';

/**
 * What a vendor is told about a question after the last day for questions. § 20 (3) Satz 1 Nr. 1
 * VgV: information requested in good time must be given no later than six days (four days in
 * urgency, § 20 (3) Satz 2 VgV) before the submission deadline; the authority need not answer a
 * question asked too late for that, but the question is stored and passed to it.
 */
export const lateQuestionMessage = {
  de:
    'Ihre Frage ist nach dem letzten Tag für Bieterfragen eingegangen. Sie ist gespeichert und ' +
    'an die Vergabestelle weitergeleitet; die Vergabestelle ist nicht verpflichtet, verspätete ' +
    'Fragen zu beantworten (§ 20 Abs. 3 VgV: rechtzeitig angeforderte Auskünfte sind spätestens ' +
    'sechs Tage, bei Dringlichkeit vier Tage, vor Ablauf der Angebotsfrist zu erteilen).',
  en:
    'Your question arrived after the last day for bidders’ questions. It is stored and passed ' +
    'on to the contracting authority, which is not obliged to answer late questions (§ 20 (3) ' +
    'VgV: information requested in good time must be given at least six days, in urgency four ' +
    'days, before the submission deadline).',
} as const;

/**
 * A vendor's question on a published tender, numbered per tender in the order asked. A question
 * after the last day for questions (the tender's `questions_deadline`, by the clock of the
 * database) is stored and flagged `late`, never refused: the officers see it and decide.
 */
export async function askTenderQuestion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string } & AskTenderQuestionInput;
}): Promise<AskedTenderQuestion> {
  return changeAsVendor(
    ctx,
    { operationId: 'askTenderQuestion', tenderId: input.tenderId, action: 'tender.question.asked' },
    async ({ trx, tender, now, vendor }) => {
      if (input.lotNumber !== undefined) {
        const lot = await trx
          .selectFrom('tender_lot')
          .select('number')
          .where('tender_id', '=', tender.id)
          .where('number', '=', input.lotNumber)
          .executeTakeFirst();
        if (lot === undefined) {
          throw new ValidationError('1 value in the request is invalid.', [
            {
              in: 'body',
              pointer: '/lotNumber',
              detail: `The tender has no lot ${input.lotNumber}.`,
            },
          ]);
        }
      }
      // The tender is locked: the next number is taken by one question at a time.
      const last = await trx
        .selectFrom('tender_question')
        .select((eb) => eb.fn.max('number').as('number'))
        .where('tender_id', '=', tender.id)
        .executeTakeFirst();
      const number = Number(last?.number ?? 0) + 1;
      const late = tender.questions_deadline !== null && now > tender.questions_deadline;
      const row = await trx
        .insertInto('tender_question')
        .values({
          tender_id: tender.id,
          number,
          lot_number: input.lotNumber ?? null,
          text: input.text,
          organisation_id: vendor.organisationId,
          asked_by_user_id: vendor.userId,
          asked_by_api_key_id: vendor.apiKeyId,
          asked_at: now,
          late,
          answer: null,
          answered_by: null,
          answered_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditTenderChange(trx, ctx, {
        action: 'tender.question.asked',
        object: tenderRef(tender.id),
        after: { questionId: row.id, number, lotNumber: row.lot_number, text: row.text, late },
      });
      return {
        id: row.id,
        number: row.number,
        lotNumber: row.lot_number,
        text: row.text,
        askedAt: row.asked_at.toISOString(),
        late: row.late,
        message: row.late ? { ...lateQuestionMessage } : null,
      };
    },
  );
}
