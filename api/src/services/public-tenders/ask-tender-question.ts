import type { AskedTenderQuestion, AskTenderQuestionInput } from '@tenderwise/schema';
import { ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeAsVendor } from './vendor-steps.ts';

/**
 * What a vendor is told about a question after the last day for questions. That day is the
 * authority's own choice; the law fixes when answers to information requested in good time must
 * be available: six days (four in urgency) before the submission deadline, else the deadline is
 * extended (§ 20 (3) S. 1 Nr. 1 VgV). For information not requested in good time the authority
 * need not extend the deadline (§ 20 (3) S. 3 VgV), so it need not answer in time for bids. Below
 * the EU thresholds § 13 UVgO is read the same way (see domain/deadlines/procedure-periods.ts).
 */
export function lateQuestionMessage(regime: string): { de: string; en: string } {
  const source =
    regime === 'UVgO'
      ? { de: '§ 13 UVgO', en: '§ 13 UVgO' }
      : {
          de: '§ 20 Abs. 3 Satz 1 Nr. 1 und Satz 3 VgV',
          en: '§ 20 (3) sentences 1 no. 1 and 3 VgV',
        };
  return {
    de:
      'Ihre Frage ist nach dem letzten Tag für Bieterfragen eingegangen. Sie ist gespeichert und ' +
      'der Vergabestelle übermittelt. Die Vergabestelle ist nicht verpflichtet, verspätete Fragen ' +
      'zu beantworten oder ihretwegen die Angebotsfrist zu verlängern: Nur rechtzeitig ' +
      'angeforderte Auskünfte müssen spätestens sechs Tage (bei Dringlichkeit vier Tage) vor ' +
      `Ablauf der Angebotsfrist vorliegen (${source.de}). Beantwortet sie die Frage, wird die ` +
      'Antwort allen Bietern bekannt gemacht, ohne Sie zu nennen.',
    en:
      'Your question arrived after the last day for bidders’ questions. It is stored and passed ' +
      'on to the contracting authority, which is not obliged to answer late questions or to ' +
      'extend the submission deadline for them: only information requested in good time must be ' +
      'available at least six days (four in urgency) before the submission deadline ' +
      `(${source.en}). If the authority answers, the answer is published to all bidders without ` +
      'naming you.',
  };
}

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
        message: row.late ? lateQuestionMessage(tender.regime) : null,
      };
    },
  );
}
