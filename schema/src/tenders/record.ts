import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { UserRole } from '../administration/users.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';
import { NoticeKind } from '../notices/index.ts';

/** Who acted, as the tender record names them. */
export const TenderRecordActor = z
  .strictObject({
    kind: z.enum(['user', 'apiKey', 'system']).meta({
      description:
        '`user`: a signed-in person; `apiKey`: a vendor’s API key; `system`: a command or job ' +
        'of the installation',
    }),
    name: z.string().nullable().meta({
      description: 'The user’s display name, the API key’s name or the command; null if unknown',
    }),
    role: UserRole.nullable().meta({ description: 'The user’s role; null for others' }),
    organisationName: z.string().nullable().meta({
      description: 'The organisation of the user or API key; null for the installation',
    }),
  })
  .meta({ id: 'TenderRecordActor' });
export type TenderRecordActor = z.output<typeof TenderRecordActor>;

export const TenderRecordEntry = z
  .strictObject({
    seq: z.int().min(1).meta({ description: 'The entry’s number in the audit log' }),
    at: Timestamp,
    action: z.string().meta({ examples: ['tender.team.member_added'] }),
    outcome: z.enum(['succeeded', 'refused', 'failed']),
    label: z.strictObject({ de: z.string(), en: z.string() }).meta({
      description: 'What happened, for people to read',
    }),
    actor: TenderRecordActor.nullable().meta({ description: 'Null for an anonymous caller' }),
  })
  .meta({ id: 'TenderRecordEntry' });
export type TenderRecordEntry = z.output<typeof TenderRecordEntry>;

export const TenderRecordQuery = z.strictObject(pageQueryFields);
export type TenderRecordQuery = z.output<typeof TenderRecordQuery>;

export const TenderRecordResponse = z
  .strictObject({
    tenderId: ResourceId,
    entries: z.array(TenderRecordEntry),
    nextCursor: NextCursor,
  })
  .meta({
    id: 'TenderRecordResponse',
    description:
      'The tender record (Vergabeakte, § 8 VgV): every event of the tender in the audit log, ' +
      'in the log’s order, with who acted and when',
  });
export type TenderRecordResponse = z.output<typeof TenderRecordResponse>;

/** How the e-mails of a notice fared; addresses are not shown. */
export const NoticeEmailState = z
  .strictObject({
    deliveries: z.int().min(0).meta({ description: 'E-mails made for the notice' }),
    dispatched: z.int().min(0),
    pending: z.int().min(0).meta({ description: 'Still to be sent or retried' }),
    givenUp: z.int().min(0).meta({ description: 'Not sent, attempts given up' }),
    lastDispatchedAt: Timestamp.nullable(),
  })
  .meta({
    id: 'NoticeEmailState',
    description: 'All zero when no e-mail was made (no SMTP relay configured)',
  });
export type NoticeEmailState = z.output<typeof NoticeEmailState>;

export const TenderNotice = z
  .strictObject({
    id: ResourceId,
    kind: NoticeKind,
    subject: z.strictObject({ de: z.string(), en: z.string() }),
    recipient: z.strictObject({
      organisationId: ResourceId,
      organisationName: z.string(),
      personal: z.boolean().meta({
        description: 'Whether the notice went to one user of the organisation',
      }),
    }),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
    email: NoticeEmailState,
  })
  .meta({ id: 'TenderNotice' });
export type TenderNotice = z.output<typeof TenderNotice>;

export const TenderNoticeListQuery = z.strictObject(pageQueryFields);
export type TenderNoticeListQuery = z.output<typeof TenderNoticeListQuery>;

export const TenderNoticeListResponse = z
  .strictObject({ notices: z.array(TenderNotice), nextCursor: NextCursor })
  .meta({
    id: 'TenderNoticeListResponse',
    description: 'The notices sent about the tender, newest first',
  });
export type TenderNoticeListResponse = z.output<typeof TenderNoticeListResponse>;
