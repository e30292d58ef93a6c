import { z } from 'zod';
import { LocalizedText } from './common.ts';

/**
 * The procurement regime a scheme is published under. `VgV`: public buyers above the EU
 * thresholds (§ 106 GWB); `SektVO`: sector buyers for their sector activity (§§ 100, 102 GWB);
 * `VSVgV`: defence and security contracts (§ 104 GWB); `UVgO`: below the thresholds, under budget
 * law (§ 55 BHO and the Länder's equivalents).
 */
export const procurementRegimes = ['VgV', 'SektVO', 'VSVgV', 'UVgO'] as const;
export type ProcurementRegime = (typeof procurementRegimes)[number];

/**
 * Grounds on which a procurement is taken out of Part 4 of the GWB for the protection of
 * essential security interests: § 107 (2) GWB (Art. 346 TFEU) and § 117 GWB.
 */
export const exemptionGrounds = ['gwb-107-2', 'gwb-117'] as const;

/** A procurement exempt from Part 4 of the GWB, with the reason recorded in the file. */
export const ProcurementExemption = z
  .strictObject({
    ground: z.enum(exemptionGrounds),
    /** Why the essential security interests cannot be protected by less intrusive measures. */
    reason: LocalizedText,
  })
  .meta({ id: 'ProcurementExemption' });

/**
 * Where the regimes put the same rule under different paragraph numbers. `null`: the regime
 * has no provision of its own on the topic. Compiled from the tables of contents of the VgV,
 * SektVO, VSVgV and UVgO as published on gesetze-im-internet.de (docs/decisions/0016).
 */
export const regimeProvisions = {
  awardCriteria: {
    VgV: '§ 58 VgV',
    SektVO: '§ 52 SektVO',
    VSVgV: '§ 34 VSVgV',
    UVgO: '§ 43 UVgO',
  },
  staffQualification: {
    VgV: '§ 58 Abs. 2 S. 2 Nr. 2 VgV',
    SektVO: '§ 52 Abs. 2 S. 2 Nr. 2 SektVO',
    VSVgV: null,
    UVgO: null,
  },
  lifeCycleCost: { VgV: '§ 59 VgV', SektVO: '§ 53 SektVO', VSVgV: null, UVgO: null },
  abnormallyLow: {
    VgV: '§ 60 VgV',
    SektVO: '§ 54 SektVO',
    VSVgV: '§ 33 VSVgV',
    UVgO: '§ 44 UVgO',
  },
  suitability: {
    VgV: '§ 122 GWB, §§ 42–46 VgV',
    SektVO: '§ 46 SektVO',
    VSVgV: '§§ 21–27 VSVgV',
    UVgO: null,
  },
  qualityManagementEvidence: {
    VgV: '§ 49 VgV',
    SektVO: '§ 49 SektVO',
    VSVgV: '§ 28 VSVgV',
    UVgO: null,
  },
  technicalSpecifications: {
    VgV: '§§ 31, 32 VgV',
    SektVO: '§§ 28, 29 SektVO',
    VSVgV: '§ 15 VSVgV',
    UVgO: '§ 23 UVgO',
  },
  conformityCertificates: { VgV: '§ 33 VgV', SektVO: '§ 31 SektVO', VSVgV: null, UVgO: null },
  labels: { VgV: '§ 34 VgV', SektVO: '§ 32 SektVO', VSVgV: null, UVgO: '§ 24 UVgO' },
  procedureChoice: {
    VgV: '§ 14 VgV',
    SektVO: '§ 13 SektVO',
    VSVgV: '§ 11 VSVgV',
    UVgO: '§ 8 UVgO',
  },
  lots: {
    VgV: '§ 97 Abs. 4 GWB, § 30 VgV',
    SektVO: '§ 97 Abs. 4 GWB, § 27 SektVO',
    VSVgV: '§ 97 Abs. 4 GWB',
    UVgO: '§ 22 UVgO',
  },
  marketSounding: { VgV: '§ 28 VgV', SektVO: '§ 26 SektVO', VSVgV: null, UVgO: '§ 20 UVgO' },
  resubmission: { VgV: '§ 56 VgV', SektVO: '§ 51 SektVO', VSVgV: null, UVgO: '§ 41 UVgO' },
  thirdCountryProducts: { VgV: null, SektVO: '§ 55 SektVO', VSVgV: null, UVgO: null },
} as const satisfies Record<string, Record<ProcurementRegime, string | null>>;
export type ProvisionTopic = keyof typeof regimeProvisions;

/** `[[awardCriteria]]`: a citation by topic, resolved for the buyer's regime. */
const citationPattern = /\[\[([A-Za-z]+)\]\]/g;

/** The topics a text cites as `[[topic]]` that the table does not know. */
export function unknownCitations(text: string): string[] {
  return [...text.matchAll(citationPattern)]
    .map((match) => match[1]!)
    .filter((topic) => !Object.hasOwn(regimeProvisions, topic));
}

function citation(topic: ProvisionTopic, regime: ProcurementRegime | undefined): LocalizedText {
  const row: Record<ProcurementRegime, string | null> = regimeProvisions[topic];
  if (regime !== undefined) {
    const own = row[regime];
    return own !== null
      ? { de: own, en: own }
      : {
          de: `keine eigene Vorschrift in der ${regime}`,
          en: `no provision of its own in the ${regime}`,
        };
  }
  // Regime not stated: every regime's paragraph, so the reader picks the own.
  const all = procurementRegimes.flatMap((item) => (row[item] === null ? [] : [row[item]!]));
  const joined = all.join(' / ');
  return { de: joined, en: joined };
}

/**
 * A text with every `[[topic]]` replaced by the paragraph of the given regime, or by the
 * paragraphs of every regime when none is given (§ 58 VgV / § 52 SektVO / …).
 */
export function resolveCitations(text: LocalizedText, regime?: ProcurementRegime): LocalizedText {
  const replace = (value: string, language: 'de' | 'en') =>
    value.replace(citationPattern, (whole, topic: string) =>
      Object.hasOwn(regimeProvisions, topic)
        ? citation(topic as ProvisionTopic, regime)[language]
        : whole,
    );
  return { de: replace(text.de, 'de'), en: replace(text.en, 'en') };
}
