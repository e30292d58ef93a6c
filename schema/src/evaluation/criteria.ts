import { z } from 'zod';
import { Identifier, LocalizedText } from './common.ts';

/**
 * The legal types of a criterion. Suitability is about the company and is never scored; minimum
 * requirements and award criteria are about the offered service; conditions bind the contract.
 */
export const legalTypes = ['suitability', 'minimum', 'award', 'condition'] as const;
export type LegalType = (typeof legalTypes)[number];

const criterionBase = {
  id: Identifier,
  title: LocalizedText,
  description: LocalizedText.optional(),
};

/** Eignungskriterium: pass or fail, about the company. */
export const SuitabilityCriterion = z
  .strictObject({ ...criterionBase, legalType: z.literal('suitability') })
  .meta({ id: 'SuitabilityCriterion' });

/** Mindestanforderung: pass or fail, about the offered service. */
export const MinimumRequirement = z
  .strictObject({
    ...criterionBase,
    legalType: z.literal('minimum'),
    equivalentProof: LocalizedText.optional().meta({
      description: 'What proof counts as equivalent ("or equivalent"), if any',
    }),
  })
  .meta({ id: 'MinimumRequirement' });

/** Ausführungsbedingung: accepted by declaration, never scored. */
export const ContractCondition = z
  .strictObject({ ...criterionBase, legalType: z.literal('condition') })
  .meta({ id: 'ContractCondition' });
