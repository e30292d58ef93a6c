import { z } from 'zod';
import {
  CatalogueId,
  changelogMatchesVersion,
  dataFileHeader,
  duplicateIds,
  Source,
} from '../catalogue/common.ts';
import { CalendarDate, LocalizedText } from '../evaluation/common.ts';
import { EuroAmount } from './money.ts';

/**
 * The regimes with an EU threshold (§ 106 (2) GWB). The UVgO has none: it is what applies below
 * them, under budget law.
 */
export const thresholdRegimes = ['VgV', 'SektVO', 'VSVgV'] as const;
export type ThresholdRegime = (typeof thresholdRegimes)[number];

/**
 * Who awards the contract, as far as the threshold depends on it. `federalUpperAuthority`: the
 * supreme and upper federal authorities and comparable federal bodies, which apply the threshold
 * for central government authorities (§ 106 (2) Nr. 1 second half-sentence GWB);
 * `otherPublicAuthority`: every other public contracting authority (§ 99 GWB), such as the Länder
 * and municipalities; `sectorEntity`: a sector entity awarding for its sector activity (§ 100 GWB);
 * `defenceSecurity`: a defence- or security-specific contract (§ 104 GWB), whoever awards it.
 */
export const authorityKinds = [
  'federalUpperAuthority',
  'otherPublicAuthority',
  'sectorEntity',
  'defenceSecurity',
] as const;
export type AuthorityKind = (typeof authorityKinds)[number];

/**
 * `suppliesServices`: supply and service contracts; `works`: works contracts; `socialServices`:
 * social and other specific services (§ 130 GWB; Annex XIV Directive 2014/24/EU, Annex XVII
 * Directive 2014/25/EU); `designContest`: design contests (Planungswettbewerbe).
 */
export const contractKinds = [
  'suppliesServices',
  'works',
  'socialServices',
  'designContest',
] as const;
export type ContractKind = (typeof contractKinds)[number];

/** One EU threshold: for a regime, authority kinds and contract kind, in a period of validity. */
export const ThresholdRow = z
  .strictObject({
    id: CatalogueId,
    regime: z.enum(thresholdRegimes),
    authorityKinds: z.array(z.enum(authorityKinds)).min(1).max(authorityKinds.length),
    contractKind: z.enum(contractKinds),
    /** Net of VAT (§ 106 (1) GWB: "ohne Umsatzsteuer"). */
    amount: EuroAmount,
    currency: z.literal('EUR'),
    /** First and last day the amount applies, both included. */
    validFrom: CalendarDate,
    validUntil: CalendarDate,
    /** The article of the directive as amended, and the regulation that set the amount. */
    sources: z.array(Source).min(1).max(6),
    /** True only where the amount was checked against the official text of its source. */
    verified: z.boolean(),
    /** What exactly was checked, and against which text (required when verified). */
    checkedAgainst: z.string().trim().min(1).max(600).optional(),
    /** What a reader must know to apply the row (an exception, a reading taken). */
    note: LocalizedText.optional(),
  })
  .refine((row) => row.validFrom <= row.validUntil, {
    message: 'validFrom must not be after validUntil',
    path: ['validUntil'],
  })
  .refine((row) => !row.verified || row.checkedAgainst !== undefined, {
    message: 'A verified row names what it was checked against',
    path: ['checkedAgainst'],
  })
  .meta({ id: 'ThresholdRow' });
export type ThresholdRow = z.output<typeof ThresholdRow>;

/** The key a row answers for; two rows with the same key must not overlap in time. */
function overlaps(a: ThresholdRow, b: ThresholdRow): boolean {
  return (
    a.regime === b.regime &&
    a.contractKind === b.contractKind &&
    a.authorityKinds.some((kind) => b.authorityKinds.includes(kind)) &&
    a.validFrom <= b.validUntil &&
    b.validFrom <= a.validUntil
  );
}

/**
 * The file of EU thresholds (`seed/regimes/eu-thresholds.json`): dated rows with sources, so a
 * value estimated on a day is classified by the table valid that day, and a new period is a new
 * row, not a change of code.
 */
export const ThresholdTable = z
  .strictObject({
    ...dataFileHeader,
    kind: z.literal('thresholds'),
    rows: z.array(ThresholdRow).min(1).max(500),
  })
  .superRefine((file, ctx) => {
    if (!changelogMatchesVersion(file)) {
      ctx.addIssue({
        code: 'custom',
        path: ['changelog', 0, 'version'],
        message: `The newest changelog entry must be the file's version ${file.version}`,
      });
    }
    for (const id of duplicateIds(file.rows)) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: `Duplicate row id "${id}"` });
    }
    file.rows.forEach((row, index) => {
      const other = file.rows.findIndex((item, at) => at < index && overlaps(item, row));
      if (other >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index],
          message: `"${row.id}" overlaps "${file.rows[other]!.id}": one threshold per regime, authority kind, contract kind and day`,
        });
      }
    });
  })
  .meta({ id: 'ThresholdTable' });
export type ThresholdTable = z.output<typeof ThresholdTable>;

/** What a threshold is asked for: the value estimated on a day (§ 3 (3) VgV), and for whom. */
export const ThresholdQuery = z
  .strictObject({
    value: EuroAmount,
    regime: z.enum(thresholdRegimes),
    authorityKind: z.enum(authorityKinds),
    contractKind: z.enum(contractKinds),
    /** The day the notice is sent or the procedure otherwise begins (§ 3 (3) VgV). */
    on: CalendarDate,
  })
  .meta({
    id: 'ThresholdQuery',
    examples: [
      {
        value: '216000',
        regime: 'VgV',
        authorityKind: 'otherPublicAuthority',
        contractKind: 'suppliesServices',
        on: '2026-03-15',
      },
    ],
  });
export type ThresholdQuery = z.output<typeof ThresholdQuery>;

/** `eu`: Part 4 of the GWB and the regime's ordinance; `national`: budget law and its rules. */
export const thresholdLaws = ['eu', 'national'] as const;

/** What follows from the classification: which law, which rules, which paragraphs. */
export const ThresholdConsequence = z.strictObject({
  law: z.enum(thresholdLaws),
  /** The procurement rules that apply; null where no regime of the four does (works below). */
  regime: z.enum(['VgV', 'SektVO', 'VSVgV', 'UVgO']).nullable(),
  summary: LocalizedText,
  provisions: z.array(z.string().trim().min(1).max(120)).min(1).max(12),
});
export type ThresholdConsequence = z.output<typeof ThresholdConsequence>;

export const ThresholdClassification = z
  .strictObject({
    /** `above`: the value reaches or exceeds the threshold (§ 106 (1) GWB). */
    position: z.enum(['above', 'below']),
    value: EuroAmount,
    threshold: ThresholdRow,
    /** threshold − value: positive below, zero or negative above. */
    margin: z.string().regex(/^-?\d+(\.\d{2})$/),
    consequence: ThresholdConsequence,
    explanation: LocalizedText,
  })
  .meta({ id: 'ThresholdClassification' });
export type ThresholdClassification = z.output<typeof ThresholdClassification>;
