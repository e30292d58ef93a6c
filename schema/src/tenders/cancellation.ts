import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { TenderRecordVersion } from './schemes.ts';

/**
 * The grounds on which a tender may be cancelled (Aufhebung): § 63 (1) S. 1 Nr. 1–4 VgV, for
 * UVgO tenders § 48 (1) UVgO, in that order. `noSuitableBids`: no bid meets the conditions;
 * `essentialChange`: the basis of the procedure changed essentially; `noEconomicResult`: no
 * economic result; `otherSeriousReasons`: other serious reasons.
 */
export const tenderCancellationGroundIds = [
  'noSuitableBids',
  'essentialChange',
  'noEconomicResult',
  'otherSeriousReasons',
] as const;
export const TenderCancellationGround = z.enum(tenderCancellationGroundIds).meta({
  id: 'TenderCancellationGround',
  description:
    'The ground of the cancellation: § 63 (1) S. 1 Nr. 1 (`noSuitableBids`), Nr. 2 ' +
    '(`essentialChange`), Nr. 3 (`noEconomicResult`), Nr. 4 (`otherSeriousReasons`) VgV; ' +
    '§ 48 (1) UVgO likewise',
});
export type TenderCancellationGround = z.output<typeof TenderCancellationGround>;

export const CancelTenderInput = z
  .strictObject({
    version: TenderRecordVersion,
    ground: TenderCancellationGround,
    reasons: z
      .string()
      .trim()
      .min(1)
      .max(4_000)
      .meta({ description: 'Why, in the words the bidders are told (§ 63 (2) VgV)' }),
  })
  .meta({
    id: 'CancelTenderInput',
    examples: [
      {
        version: 9,
        ground: 'essentialChange',
        reasons:
          'Der Landtag hat die Mittel für das Vorhaben gestrichen; die Leistung wird nicht mehr benötigt.',
      },
    ],
  });
export type CancelTenderInput = z.output<typeof CancelTenderInput>;

export const TenderCancellationResponse = z
  .strictObject({
    tenderId: ResourceId,
    version: z.int().min(1),
    state: z.literal('cancelled'),
    ground: TenderCancellationGround,
    reasons: z.string(),
    cancelledBy: ResourceId,
    cancelledAt: Timestamp,
    /** How many interested vendor organisations were notified. */
    noticesSent: z.int().min(0),
  })
  .meta({
    id: 'TenderCancellationResponse',
    examples: [
      {
        tenderId: '3c9d2f4e-6a1b-4c8d-9e2f-7a6b5c4d3e21',
        version: 10,
        state: 'cancelled',
        ground: 'essentialChange',
        reasons:
          'Der Landtag hat die Mittel für das Vorhaben gestrichen; die Leistung wird nicht mehr benötigt.',
        cancelledBy: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
        cancelledAt: '2027-02-03T11:00:00.000Z',
        noticesSent: 3,
      },
    ],
  });
export type TenderCancellationResponse = z.output<typeof TenderCancellationResponse>;
