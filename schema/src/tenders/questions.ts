import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';

/**
 * Bidders' questions (Bieterfragen) and their answers. Vendors ask through the public tender;
 * the authority answers publicly without naming the asker, so that every bidder has the same
 * information (§ 97 (2) GWB). A question after the last day for questions is stored and flagged,
 * never refused (§ 20 (3) Satz 1 Nr. 1 VgV sets the time the authority has to answer questions
 * asked in good time; it need not answer late ones).
 */

const QuestionNumber = z
  .int()
  .min(1)
  .meta({ description: 'Numbered per tender in the order asked; answers are published under it' });
const LotNumber = z.int().min(1).max(200);

export const AskTenderQuestionInput = z
  .strictObject({
    text: z.string().trim().min(1).max(4_000),
    lotNumber: LotNumber.optional().meta({
      description: 'The lot the question concerns; omitted for the tender as a whole',
    }),
  })
  .meta({
    id: 'AskTenderQuestionInput',
    examples: [{ text: 'Ist eine Teilleistung im Unterauftrag zulässig?', lotNumber: 1 }],
  });
export type AskTenderQuestionInput = z.output<typeof AskTenderQuestionInput>;

const LocalizedText = z.strictObject({ de: z.string(), en: z.string() });

const ownFields = {
  id: ResourceId,
  number: QuestionNumber,
  lotNumber: LotNumber.nullable(),
  text: z.string(),
  askedAt: Timestamp,
  late: z.boolean().meta({ description: 'Asked after the last day for questions' }),
};

export const AskedTenderQuestion = z
  .strictObject({
    ...ownFields,
    message: LocalizedText.nullable().meta({
      description:
        'For a late question: that it is stored and passed on, but the authority need not ' +
        'answer it; null otherwise',
    }),
  })
  .meta({
    id: 'AskedTenderQuestion',
    examples: [
      {
        id: '6a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        number: 3,
        lotNumber: 1,
        text: 'Ist eine Teilleistung im Unterauftrag zulässig?',
        askedAt: '2027-02-10T09:00:00.000Z',
        late: false,
        message: null,
      },
    ],
  });
export type AskedTenderQuestion = z.output<typeof AskedTenderQuestion>;

export const OwnTenderQuestion = z
  .strictObject({
    ...ownFields,
    answered: z.boolean(),
    answer: z.string().nullable(),
    answeredAt: Timestamp.nullable(),
  })
  .meta({ id: 'OwnTenderQuestion' });
export type OwnTenderQuestion = z.output<typeof OwnTenderQuestion>;

export const OwnTenderQuestionListResponse = z
  .strictObject({ questions: z.array(OwnTenderQuestion) })
  .meta({
    id: 'OwnTenderQuestionListResponse',
    description: 'The questions your organisation asked on the tender, in the order asked',
  });
export type OwnTenderQuestionListResponse = z.output<typeof OwnTenderQuestionListResponse>;

/** An answered question as everybody reads it: never who asked. */
export const PublishedTenderAnswer = z
  .strictObject({
    number: QuestionNumber,
    lotNumber: LotNumber.nullable(),
    question: z.string(),
    answer: z.string(),
    answeredAt: Timestamp,
  })
  .meta({
    id: 'PublishedTenderAnswer',
    examples: [
      {
        number: 1,
        lotNumber: null,
        question: 'Ist eine Teilleistung zulässig?',
        answer: 'Nein, Angebote sind für die Gesamtleistung abzugeben.',
        answeredAt: '2027-02-12T14:00:00.000Z',
      },
    ],
  });
export type PublishedTenderAnswer = z.output<typeof PublishedTenderAnswer>;

export const PublishedTenderAnswerListResponse = z
  .strictObject({ answers: z.array(PublishedTenderAnswer) })
  .meta({
    id: 'PublishedTenderAnswerListResponse',
    description: 'The answered questions by number, without the askers',
  });
export type PublishedTenderAnswerListResponse = z.output<typeof PublishedTenderAnswerListResponse>;

/** A question as the authority's team reads it: with the asking organisation. */
export const TenderQuestion = z
  .strictObject({
    ...ownFields,
    organisation: z
      .strictObject({ id: ResourceId, name: z.string() })
      .meta({ description: 'Who asked: for the team only, never published' }),
    answer: z.string().nullable(),
    answeredBy: ResourceId.nullable(),
    answeredAt: Timestamp.nullable(),
  })
  .meta({ id: 'TenderQuestion' });
export type TenderQuestion = z.output<typeof TenderQuestion>;

export const TenderQuestionListQuery = z.strictObject({
  unanswered: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: '`true`: only questions without an answer' }),
});
export type TenderQuestionListQuery = z.output<typeof TenderQuestionListQuery>;

export const TenderQuestionListResponse = z
  .strictObject({ questions: z.array(TenderQuestion) })
  .meta({ id: 'TenderQuestionListResponse', description: 'The questions in the order asked' });
export type TenderQuestionListResponse = z.output<typeof TenderQuestionListResponse>;

export const TenderQuestionParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  questionId: ResourceId.meta({ param: { name: 'questionId', in: 'path' } }),
});
export type TenderQuestionParams = z.output<typeof TenderQuestionParams>;

export const AnswerTenderQuestionInput = z
  .strictObject({ answer: z.string().trim().min(1).max(8_000) })
  .meta({
    id: 'AnswerTenderQuestionInput',
    examples: [{ answer: 'Nein, Angebote sind für die Gesamtleistung abzugeben.' }],
  });
export type AnswerTenderQuestionInput = z.output<typeof AnswerTenderQuestionInput>;

export const TenderInterest = z
  .strictObject({
    organisationId: ResourceId,
    organisationName: z.string(),
    registeredAt: Timestamp,
  })
  .meta({ id: 'TenderInterest' });

export const TenderInterestListResponse = z
  .strictObject({ interests: z.array(TenderInterest) })
  .meta({
    id: 'TenderInterestListResponse',
    description: 'The vendor organisations that registered interest, in the order registered',
  });
export type TenderInterestListResponse = z.output<typeof TenderInterestListResponse>;
