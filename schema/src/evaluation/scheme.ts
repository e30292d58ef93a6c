import { z } from 'zod';
import { AwardNode } from './award-tree.ts';
import { CalendarDate, Decimal, Identifier, LocalizedText } from './common.ts';
import {
  ContractCondition,
  ExclusionGround,
  MinimumRequirement,
  RestrictedRequirement,
  SuitabilityCriterion,
} from './criteria.ts';
import { EvaluationMethod, PriceBasis } from './method.ts';
import { ProcurementExemption, procurementRegimes } from './regime.ts';

/**
 * A published evaluation scheme (Bewertungsmatrix): what is checked, what is scored, how much each
 * award criterion weighs, and how price and performance combine. Its canonical form's SHA-256 is
 * its commitment.
 */
export const EvaluationScheme = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: Identifier,
    title: LocalizedText,
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
    /**
     * The procurement regime: which regulation's paragraphs the scheme follows. Optional so that
     * a scheme published without one keeps its commitment; templates always name it.
     */
    regime: z.enum(procurementRegimes).optional(),
    /** Present when the procurement is exempt under § 107 (2) or § 117 GWB. */
    exemption: ProcurementExemption.optional(),
    /** Submission deadline; attestations are judged as of it unless a reference date is given. */
    submissionDeadline: CalendarDate,
    method: EvaluationMethod,
    price: PriceBasis,
    /** Aufgreifschwelle: a lowest price this many percent under the next bid is flagged (§ 60 VgV). */
    abnormallyLowThresholdPercent: Decimal.min(0).max(100).default(20),
    /** Evaluators' scores of one leaf further apart than this many scale points are flagged. */
    divergenceThreshold: z.int().min(1).max(10).default(2),
    /**
     * Exclusion grounds judged in the formal stage (§§ 123–126 GWB, Art. 5k Regulation (EU)
     * 833/2014). Optional, like `restrictedRequirements`: absent means none, and a scheme
     * without them keeps its commitment.
     */
    exclusionGrounds: z.array(ExclusionGround).max(50).optional(),
    /** Seat, ownership or control requirements; only in the procedures their basis allows. */
    restrictedRequirements: z.array(RestrictedRequirement).max(50).optional(),
    suitability: z.array(SuitabilityCriterion).max(100).default([]),
    minimumRequirements: z.array(MinimumRequirement).max(200).default([]),
    conditions: z.array(ContractCondition).max(100).default([]),
    /** The award criteria tree, flat: every node names its parent group. */
    award: z.array(AwardNode).min(1).max(300),
  })
  .meta({ id: 'EvaluationScheme' });
export type EvaluationScheme = z.output<typeof EvaluationScheme>;
