import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { CalendarDate } from '../evaluation/common.ts';

/**
 * The decision that the evaluation is complete and on which official results the award rests,
 * with the day the bidders' suitability was last confirmed (§ 122 GWB, § 42 (3) VgV).
 */
export const DecideAwardRequest = z
  .strictObject({
    suitabilityReconfirmedOn: CalendarDate.meta({ description: 'Not in the future' }),
    reasons: z.string().trim().min(1).max(8_000),
  })
  .meta({ id: 'DecideAwardRequest' });
export type DecideAwardRequest = z.output<typeof DecideAwardRequest>;

export const AwardDecision = z
  .strictObject({
    tenderId: ResourceId,
    results: z.array(z.strictObject({ lotNumber: z.int().min(1), resultNumber: z.int().min(1) })),
    suitabilityReconfirmedOn: CalendarDate,
    reasons: z.string(),
    decidedBy: ResourceId,
    decidedAt: Timestamp,
  })
  .meta({ id: 'AwardDecision' });
export type AwardDecision = z.output<typeof AwardDecision>;
