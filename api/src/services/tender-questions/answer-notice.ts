import type { NoticeContent } from '../notices/enqueue-notice.ts';

/**
 * The notice of a published answer (kind `clarification_answer`): the question's number, the
 * question and the answer, German and English. It never names who asked: every bidder receives
 * the same information (§ 97 (2) GWB).
 */
export function answerNotice(input: {
  tenderId: string;
  reference: string;
  title: string;
  number: number;
  lotNumber: number | null;
  question: string;
  answer: string;
}): NoticeContent {
  const lotDe = input.lotNumber === null ? '' : ` (Los ${input.lotNumber})`;
  const lotEn = input.lotNumber === null ? '' : ` (lot ${input.lotNumber})`;
  return {
    kind: 'clarification_answer',
    subject: {
      de: `Antwort auf Bieterfrage ${input.number}: ${input.reference} – ${input.title}`,
      en: `Answer to bidders’ question ${input.number}: ${input.reference} – ${input.title}`,
    },
    body: {
      de:
        `Die Vergabestelle hat die Bieterfrage ${input.number}${lotDe} zur Ausschreibung ` +
        `${input.reference} beantwortet.\n\nFrage:\n${input.question}\n\nAntwort:\n${input.answer}`,
      en:
        `The contracting authority answered bidders’ question ${input.number}${lotEn} on the ` +
        `tender ${input.reference}.\n\nQuestion:\n${input.question}\n\nAnswer:\n${input.answer}`,
    },
    object: { type: 'tender', id: input.tenderId },
  };
}
