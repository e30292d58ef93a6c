import { z } from 'zod';
import { Identifier, LocalizedText } from './common.ts';

/**
 * The legal types of a criterion, in the order of the stages a bid passes. An exclusion ground
 * (§§ 123–126 GWB) and a restricted requirement are judged in the formal stage; suitability is
 * about the company and is never scored (§ 122 GWB); minimum requirements and award criteria are
 * about the offered service (§§ 121, 127 GWB); conditions bind the contract (§ 128 (2) GWB).
 */
export const legalTypes = [
  'exclusion',
  'restricted',
  'suitability',
  'minimum',
  'award',
  'condition',
] as const;
export type LegalType = (typeof legalTypes)[number];

const criterionBase = {
  id: Identifier,
  title: LocalizedText,
  description: LocalizedText.optional(),
};

/**
 * Ausschlussgrund: a ground for excluding the bidder, mandatory (§ 123 GWB) or at the buyer's
 * discretion (§ 124 GWB), or an award prohibition of EU law such as Art. 5k Regulation (EU)
 * 833/2014. Judged in the formal stage; a bid "meets" it when no ground applies or the bidder's
 * self-cleaning was accepted (§ 125 GWB).
 */
export const ExclusionGround = z
  .strictObject({ ...criterionBase, legalType: z.literal('exclusion') })
  .meta({ id: 'ExclusionGround' });

/**
 * On what a restricted requirement rests. `exemptProcedure`: the procurement is exempt under
 * § 107 (2) or § 117 GWB, or is a defence or security contract under the VSVgV.
 * `nonAgreementBidders`: the requirement applies only to bidders from third countries that have
 * no agreement with the EU on access to public procurement (CJEU C-652/22 Kolin).
 */
export const restrictionBases = ['exemptProcedure', 'nonAgreementBidders'] as const;

/**
 * A requirement on the company's seat, ownership or control. It fits none of the suitability
 * categories of § 122 (2) GWB and discriminates by the origin of companies (Art. 18 TFEU,
 * Art. 25 Directive 2014/24/EU), so it is only available on one of the bases above.
 */
export const RestrictedRequirement = z
  .strictObject({
    ...criterionBase,
    legalType: z.literal('restricted'),
    basis: z.enum(restrictionBases),
    /** Why the requirement is needed, for the procurement file. */
    justification: LocalizedText,
  })
  .meta({ id: 'RestrictedRequirement' });

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
