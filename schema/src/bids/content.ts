import { z } from 'zod';
import { CalendarDate, Decimal, Identifier } from '../evaluation/common.ts';
import { BidPrice, Evidence } from '../evaluation/bid.ts';
import { CountryCode } from '../catalogue/offer-self-assessment.ts';

/**
 * What a bid says (Angebot): who bids, what is offered against each criterion of the lot's
 * scheme version, the price sheet, the declarations and the documents, and the person who made
 * the declaration in text form. In our own vault this is the content that is sealed before it
 * reaches the database (ADR 0040, 0041); an import from the authority's e-procurement platform
 * carries the same content, already opened there.
 */

const CompanyName = z.string().trim().min(1).max(300);

/** A company named in a bid. The register number identifies it where the name does not. */
export const BidCompany = z
  .strictObject({
    name: CompanyName,
    country: CountryCode,
    registerNumber: z.string().trim().min(1).max(100).optional(),
  })
  .meta({ id: 'BidCompany' });

/**
 * Who bids: one company, or a bidding group (Bietergemeinschaft, § 43 (2) VgV) with its members
 * and the member that represents it. The representative is named by its index in `members`.
 */
export const Bidder = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('single'), company: BidCompany }),
    z.strictObject({
      kind: z.literal('group'),
      members: z.array(BidCompany).min(2).max(20),
      representative: z.int().min(0).max(19),
    }),
  ])
  .refine((bidder) => bidder.kind === 'single' || bidder.representative < bidder.members.length, {
    message: 'The representative is one of the members',
    path: ['representative'],
  })
  .meta({ id: 'Bidder' });
export type Bidder = z.output<typeof Bidder>;

/**
 * A subcontractor, or a company whose capacities the bidder relies on (Eignungsleihe, § 47 VgV),
 * with its share of the contract value in percent: Art. 5k of Regulation (EU) 833/2014 looks at
 * every subcontractor above 10 %, and the sovereignty of a service depends on this chain.
 */
export const Subcontractor = z
  .strictObject({
    company: BidCompany,
    /** Share of the contract value, percent, up to two decimal places. */
    sharePercent: z.number().min(0).max(100),
    reliedOnForSuitability: z.boolean().default(false),
    scope: z.string().trim().min(1).max(2_000),
  })
  .meta({ id: 'Subcontractor' });

/**
 * The bid's answer to one criterion of the scheme version it was submitted under:
 * - `declaration`: met or not met, for exclusion grounds, restricted and suitability
 *   requirements, minimum requirements and contract conditions; with the proof it rests on.
 * - `offer`: the offered quality in words, for an ordinal award criterion the panel scores.
 * - `metric`: the offered value of a metric award criterion (e.g. availability in percent).
 * - `evidence`: certificates and attestations an attestation criterion counts.
 */
export const BidAnswer = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('declaration'),
      met: z.boolean(),
      note: z.string().trim().max(4_000).optional(),
    }),
    z.strictObject({ kind: z.literal('offer'), text: z.string().trim().min(1).max(20_000) }),
    z.strictObject({ kind: z.literal('metric'), value: Decimal }),
    z.strictObject({ kind: z.literal('evidence'), evidence: z.array(Evidence).max(30) }),
  ])
  .meta({ id: 'BidAnswer' });
export type BidAnswer = z.output<typeof BidAnswer>;

/**
 * Declarations every bid makes. `art5k`: none of the bidder, its members, subcontractors and
 * suppliers above 10 % of the contract value is a Russian national or entity within Art. 5k (1)
 * Regulation (EU) 833/2014; the subcontractors above 10 % are listed in `subcontractors`.
 * `exclusionGrounds`: no ground of §§ 123, 124 GWB applies, or self-cleaning (§ 125 GWB) is
 * described in `selfCleaning`.
 */
export const BidDeclarations = z
  .strictObject({
    art5k: z.boolean(),
    exclusionGrounds: z.boolean(),
    selfCleaning: z.string().trim().min(1).max(8_000).optional(),
  })
  .meta({ id: 'BidDeclarations' });

/** A document of the bid, identified by its SHA-256; the bytes stay where they were submitted. */
export const BidDocument = z
  .strictObject({
    name: z.string().trim().min(1).max(255),
    mediaType: z.string().trim().min(3).max(100),
    bytes: z.int().min(0).max(1_073_741_824),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256, lowercase hex'),
  })
  .meta({ id: 'BidDocument' });

/**
 * The natural person who made the declaration in text form (§ 53 VgV with § 126b BGB): a bid
 * names a person, not only its organisation, as an API key would.
 */
export const Declarant = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    function: z.string().trim().min(1).max(200),
    email: z.email().max(254).optional(),
  })
  .meta({ id: 'Declarant' });

/** A bid's content, as sealed or imported. */
export const BidContent = z
  .strictObject({
    bidder: Bidder,
    subcontractors: z.array(Subcontractor).max(50).default([]),
    answers: z.record(Identifier, BidAnswer).refine((map) => Object.keys(map).length <= 300, {
      message: 'At most 300 answers',
    }),
    price: BidPrice,
    declarations: BidDeclarations,
    documents: z.array(BidDocument).max(100).default([]),
    declarant: Declarant,
    /** Until when the bidder is bound (Bindefrist), if the bid states it. */
    validUntil: CalendarDate.optional(),
  })
  .meta({ id: 'BidContent' });
export type BidContent = z.output<typeof BidContent>;
export type BidContentInput = z.input<typeof BidContent>;
