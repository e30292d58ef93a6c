import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';

export const noticeKindNames = [
  'correction',
  'clarification_answer',
  'pre_award_information',
  'cancellation',
] as const;

export const NoticeKind = z.enum(noticeKindNames).meta({
  id: 'NoticeKind',
  description:
    '`correction`: the tender was corrected (§ 20 (3) VgV); `clarification_answer`: a question ' +
    'was answered; `pre_award_information`: information before the award (§ 134 GWB); ' +
    '`cancellation`: the tender was cancelled (§ 63 VgV)',
});
export type NoticeKind = z.output<typeof NoticeKind>;

/** A text of a notice in both languages. */
const NoticeText = z.strictObject({ de: z.string(), en: z.string() });

export const Notice = z
  .strictObject({
    id: ResourceId,
    kind: NoticeKind,
    subject: NoticeText,
    body: NoticeText,
    object: z
      .strictObject({ type: z.string(), id: z.string() })
      .meta({ description: 'What the notice is about, e.g. `tender` and its id' }),
    personal: z.boolean().meta({
      description: 'True when addressed to you, false when to your whole organisation',
    }),
    createdAt: Timestamp,
    readAt: Timestamp.nullable().meta({
      description:
        'When it was first marked read; a notice to the whole organisation is read for everyone',
    }),
  })
  .meta({ id: 'Notice' });
export type Notice = z.output<typeof Notice>;

export const NoticeListQuery = z.strictObject(pageQueryFields);
export type NoticeListQuery = z.output<typeof NoticeListQuery>;

export const NoticeListResponse = z
  .strictObject({
    notices: z.array(Notice),
    unread: z.int().min(0).meta({ description: 'How many of all your notices are unread' }),
    nextCursor: NextCursor,
  })
  .meta({
    id: 'NoticeListResponse',
    description:
      'The notices of your organisation addressed to it or to you, newest first; an API key ' +
      'reads those addressed to its organisation',
    examples: [
      {
        notices: [
          {
            id: '5f4e3d2c-1b0a-4f9e-8d7c-6b5a4f3e2d1c',
            kind: 'clarification_answer',
            subject: {
              de: 'Antwort auf eine Bieterfrage: IT-Dienstleistungen',
              en: 'Answer to a bidder question: IT services',
            },
            body: {
              de: 'Frage 3 wurde beantwortet.',
              en: 'Question 3 has been answered.',
            },
            object: { type: 'tender', id: '0b6f7a52-3c1e-4f7b-9a39-5d0f6c2e8a11' },
            personal: false,
            createdAt: '2027-02-10T09:30:00.000Z',
            readAt: null,
          },
        ],
        unread: 1,
        nextCursor: null,
      },
    ],
  });
export type NoticeListResponse = z.output<typeof NoticeListResponse>;

export const NoticeParams = z.strictObject({
  noticeId: ResourceId.meta({ param: { name: 'noticeId', in: 'path' } }),
});
export type NoticeParams = z.output<typeof NoticeParams>;
