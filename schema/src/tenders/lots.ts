import { z } from 'zod';
import { Timestamp } from '../administration/common.ts';

/**
 * The lots of a tender (§ 30 VgV; § 97 (4) GWB): every scheme, bid and award belongs to a lot,
 * and a tender without lots has one. A new lot is numbered one above the highest; deleting a
 * lot renumbers nothing, so the other lots keep their numbers.
 */

export const TenderLotNumber = z.int().min(1).max(200);

const LotTitle = z.string().trim().min(1).max(300);
const LotDescription = z.string().max(4_000);

const version = z.int().min(1).meta({
  description:
    'The tender’s version you read; the change is refused with 409 if the tender changed since',
});

export const TenderLotParams = z.strictObject({
  tenderId: z.uuid().meta({
    param: { name: 'tenderId', in: 'path' },
    examples: ['3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d'],
  }),
  lotNumber: z
    .string()
    .regex(/^(?:[1-9]\d?|1\d\d|200)$/, 'a lot number from 1 to 200')
    .transform(Number)
    .meta({ param: { name: 'lotNumber', in: 'path' }, examples: ['1'] }),
});
export type TenderLotParams = z.output<typeof TenderLotParams>;

/** A lot in the tender's overview. */
export const TenderLotSummary = z
  .strictObject({
    number: TenderLotNumber,
    title: z.string(),
    description: z.string(),
    /** Whether the lot has a draft scheme (or, after publication, a published one). */
    hasScheme: z.boolean(),
  })
  .meta({ id: 'TenderLotSummary' });
export type TenderLotSummary = z.output<typeof TenderLotSummary>;

export const TenderLot = z
  .strictObject({
    number: TenderLotNumber,
    title: z.string(),
    description: z.string(),
    hasScheme: z.boolean(),
    /** Where the draft scheme came from; null without one. */
    schemeOrigin: z.enum(['template', 'entries', 'blank', 'edited']).nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'TenderLot' });
export type TenderLot = z.output<typeof TenderLot>;

export const TenderLotListResponse = z
  .strictObject({
    lots: z.array(TenderLot),
    /** The tender's version: send it with a change of a lot. */
    tenderVersion: z.int().min(1),
  })
  .meta({ id: 'TenderLotListResponse' });
export type TenderLotListResponse = z.output<typeof TenderLotListResponse>;

/** A changed lot with the tender's new version. */
export const TenderLotResponse = z
  .strictObject({ lot: TenderLot, tenderVersion: z.int().min(1) })
  .meta({ id: 'TenderLotResponse' });
export type TenderLotResponse = z.output<typeof TenderLotResponse>;

export const CreateTenderLotInput = z
  .strictObject({ title: LotTitle, description: LotDescription.default(''), version })
  .meta({
    id: 'CreateTenderLotInput',
    examples: [{ title: 'Betrieb', description: 'Betrieb der Plattform', version: 4 }],
  });
export type CreateTenderLotInput = z.output<typeof CreateTenderLotInput>;

export const UpdateTenderLotInput = z
  .strictObject({ title: LotTitle.optional(), description: LotDescription.optional(), version })
  .refine((input) => input.title !== undefined || input.description !== undefined, {
    message: 'Name at least one of title and description',
    path: ['title'],
  })
  .meta({ id: 'UpdateTenderLotInput', examples: [{ title: 'Betrieb und Pflege', version: 5 }] });
export type UpdateTenderLotInput = z.output<typeof UpdateTenderLotInput>;

export const DeleteTenderLotQuery = z.strictObject({
  version: z
    .string()
    .regex(/^[1-9]\d{0,9}$/, 'the tender’s version you read')
    .transform(Number)
    .meta({
      description: 'The tender’s version you read; refused with 409 if the tender changed since',
      examples: ['5'],
    }),
});
export type DeleteTenderLotQuery = z.output<typeof DeleteTenderLotQuery>;

/** What a deletion answers: the tender's new version. */
export const TenderVersionResponse = z
  .strictObject({ tenderVersion: z.int().min(1) })
  .meta({ id: 'TenderVersionResponse' });
export type TenderVersionResponse = z.output<typeof TenderVersionResponse>;
