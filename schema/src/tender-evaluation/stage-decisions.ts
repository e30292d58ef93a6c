import { z } from 'zod';
import { ResourceId } from '../administration/common.ts';
import { CalendarDate } from '../evaluation/common.ts';
import { DecidedStageName, StageChecks } from './stages.ts';

/**
 * The paragraphs an exclusion may rest on, per stage: the formal check's grounds (§ 57 (1) VgV,
 * the mandatory and optional exclusion grounds of §§ 123, 124 GWB, Art. 5k Regulation (EU)
 * 833/2014), suitability (§ 122 (1) GWB, § 57 (1) Nr. 2 VgV) and the price check (§ 60 (3) VgV).
 */
export const formalExclusionBases = [
  '§ 57 Abs. 1 Nr. 1 VgV',
  '§ 57 Abs. 1 Nr. 2 VgV',
  '§ 57 Abs. 1 Nr. 3 VgV',
  '§ 57 Abs. 1 Nr. 4 VgV',
  '§ 57 Abs. 1 Nr. 5 VgV',
  '§ 57 Abs. 1 Nr. 6 VgV',
  '§ 123 Abs. 1 GWB',
  '§ 123 Abs. 4 GWB',
  '§ 124 Abs. 1 Nr. 1 GWB',
  '§ 124 Abs. 1 Nr. 2 GWB',
  '§ 124 Abs. 1 Nr. 3 GWB',
  '§ 124 Abs. 1 Nr. 4 GWB',
  '§ 124 Abs. 1 Nr. 5 GWB',
  '§ 124 Abs. 1 Nr. 6 GWB',
  '§ 124 Abs. 1 Nr. 7 GWB',
  '§ 124 Abs. 1 Nr. 8 GWB',
  '§ 124 Abs. 1 Nr. 9 GWB',
  'Art. 5k VO (EU) 833/2014',
] as const;
export const suitabilityExclusionBases = ['§ 57 Abs. 1 Nr. 2 VgV', '§ 122 Abs. 1 GWB'] as const;
export const priceCheckExclusionBases = ['§ 60 Abs. 3 S. 1 VgV', '§ 60 Abs. 3 S. 2 VgV'] as const;

export const FormalExclusionBasis = z.enum(formalExclusionBases).meta({
  id: 'FormalExclusionBasis',
});
export const SuitabilityExclusionBasis = z.enum(suitabilityExclusionBases).meta({
  id: 'SuitabilityExclusionBasis',
});
export const PriceCheckExclusionBasis = z.enum(priceCheckExclusionBases).meta({
  id: 'PriceCheckExclusionBasis',
});

/** The bases per decided stage; an exclusion names one of its stage's. */
export const exclusionBasesByStage = {
  formal: formalExclusionBases,
  suitability: suitabilityExclusionBases,
  priceCheck: priceCheckExclusionBases,
} as const satisfies Record<DecidedStageName, readonly string[]>;

export const ExclusionBasis = z
  .union([FormalExclusionBasis, SuitabilityExclusionBasis, PriceCheckExclusionBasis])
  .meta({
    id: 'ExclusionBasis',
    description:
      'The paragraph the exclusion rests on, one of the stage’s own: formal `FormalExclusionBasis`, ' +
      'suitability `SuitabilityExclusionBasis`, price check `PriceCheckExclusionBasis`',
  });
export type ExclusionBasis = z.output<typeof ExclusionBasis>;

export const StageDecisionParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  bidId: ResourceId.meta({ param: { name: 'bidId', in: 'path' } }),
  stage: DecidedStageName.meta({ param: { name: 'stage', in: 'path' } }),
});
export type StageDecisionParams = z.output<typeof StageDecisionParams>;

/** A decision of one stage for one bid; recorded as a new numbered row, never changed. */
export const RecordStageDecisionInput = z
  .strictObject({
    outcome: z.enum(['passed', 'excluded']),
    /** Required for an exclusion; a pass rests on the stage's own basis. */
    basis: ExclusionBasis.optional(),
    reasons: z.string().trim().min(1).max(8_000),
    /**
     * Formal: every exclusion ground, restricted and minimum requirement of the lot's scheme;
     * suitability: every suitability criterion, each met one with `evidence` and `evidenceDate`.
     */
    checks: StageChecks.optional(),
    /** The day the competition register was queried (§ 6 (1) WRegG), from €30,000 net. */
    registerQueriedOn: CalendarDate.optional(),
  })
  .meta({
    id: 'RecordStageDecisionInput',
    examples: [
      {
        outcome: 'passed',
        reasons: 'Bid complete and on time; no exclusion ground; register without entry.',
        checks: { 'eg-123': { met: true }, 'mr-hosting': { met: true } },
        registerQueriedOn: '2026-03-03',
      },
    ],
  });
export type RecordStageDecisionInput = z.output<typeof RecordStageDecisionInput>;
