import {
  abnormallyLowTriggerPercent,
  type EvaluationScheme,
  type GermanLand,
} from '@tenderwise/schema';
import type { TenderWorld } from '../../world.ts';

type Exclusion = NonNullable<EvaluationScheme['exclusionGrounds']>[number];

/**
 * The exclusion grounds every procedure above the thresholds checks: §§ 123, 124 GWB and the
 * award prohibition of Art. 5k Regulation (EU) 833/2014, which applies directly.
 */
export const standardExclusionGrounds: readonly Exclusion[] = [
  {
    id: 'exclusion-grounds',
    legalType: 'exclusion',
    title: {
      de: 'Keine Ausschlussgründe nach §§ 123, 124 GWB',
      en: 'No exclusion grounds under §§ 123, 124 GWB',
    },
    description: {
      de: 'Eigenerklärung, dass keine zwingenden oder fakultativen Ausschlussgründe nach §§ 123, 124 GWB vorliegen, oder Nachweis der Selbstreinigung (§ 125 GWB); Abfrage des Wettbewerbsregisters vor dem Zuschlag (§ 6 WRegG).',
      en: 'A self-declaration that no mandatory or discretionary exclusion grounds under §§ 123, 124 GWB apply, or evidence of self-cleaning (§ 125 GWB); a query of the competition register before the award (§ 6 WRegG).',
    },
  },
  {
    id: 'sanctions-5k',
    legalType: 'exclusion',
    title: {
      de: 'Erklärung nach Art. 5k VO (EU) 833/2014',
      en: 'Declaration under Art. 5k Regulation (EU) 833/2014',
    },
    description: {
      de: 'Keine Beteiligung russischer Personen oder Unternehmen im Sinne von Art. 5k Abs. 1, auch nicht bei Unterauftragnehmern, Lieferanten oder Kapazitätsgebern mit mehr als 10 % des Auftragswerts.',
      en: 'No involvement of Russian persons or entities within Art. 5k (1), including subcontractors, suppliers or entities relied on with more than 10 % of the contract value.',
    },
  },
];

/** The Land of the tender's authority, as the scheme's tables name it ("DE-ST" is "ST"). */
export function landOf(world: TenderWorld): GermanLand | undefined {
  const land = world.tender?.land;
  return land === undefined ? undefined : (land.slice(3) as GermanLand);
}

/** Minimum period for bids in an open procedure (§ 15 Abs. 2 VgV), as a first deadline. */
const FIRST_DEADLINE_DAYS = 35;

function daysAfter(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/**
 * A scheme to start from when no template was chosen: the price and one quality criterion on a
 * published scale, weighed equally until the weights step sets them, with the exclusion grounds
 * every procedure checks. Valid as it stands, so every later step can change it step by step.
 */
export function starterScheme(world: TenderWorld): EvaluationScheme {
  const tender = world.tender;
  const title = tender?.title.trim();
  return {
    schemaVersion: 1,
    id: 'lot-1',
    title:
      title === undefined || title === ''
        ? { de: 'Wertungsschema Los 1', en: 'Evaluation scheme lot 1' }
        : { de: title, en: title },
    currency: 'EUR',
    ...(tender === null ? {} : { regime: tender.regime }),
    submissionDeadline:
      tender?.submissionDeadline?.slice(0, 10) ?? daysAfter(world.today, FIRST_DEADLINE_DAYS),
    method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
    price: { kind: 'totalPrice' },
    abnormallyLowThresholdPercent: abnormallyLowTriggerPercent(landOf(world)),
    divergenceThreshold: 2,
    exclusionGrounds: [...standardExclusionGrounds],
    suitability: [],
    minimumRequirements: [],
    conditions: [],
    award: [
      {
        id: 'price',
        parentId: null,
        kind: 'price',
        title: { de: 'Preis', en: 'Price' },
        weightBp: 5_000,
      },
      {
        id: 'quality-concept',
        parentId: null,
        kind: 'ordinal',
        subject: 'service',
        title: {
          de: 'Qualität des Umsetzungskonzepts',
          en: 'Quality of the implementation concept',
        },
        weightBp: 5_000,
        scale: 5,
        anchors: [
          {
            de: 'Kein Konzept oder nicht nachvollziehbar.',
            en: 'No concept, or not comprehensible.',
          },
          { de: 'Konzept mit erheblichen Lücken.', en: 'A concept with considerable gaps.' },
          {
            de: 'Konzept deckt die Anforderungen überwiegend ab, ohne Einzelheiten.',
            en: 'The concept covers most requirements, without details.',
          },
          {
            de: 'Konzept deckt alle Anforderungen nachvollziehbar ab.',
            en: 'The concept covers every requirement comprehensibly.',
          },
          {
            de: 'Wie 3, zusätzlich mit Zeitplan, Verantwortlichkeiten und Risiken.',
            en: 'As 3, plus a schedule, responsibilities and risks.',
          },
          {
            de: 'Wie 4, zusätzlich mit belegten Maßnahmen, die über die Anforderungen hinausgehen.',
            en: 'As 4, plus substantiated measures beyond the requirements.',
          },
        ],
      },
    ],
  };
}

/** The scheme a step works on: lot 1's draft, or the starter scheme while there is none. */
export function schemeOf(world: TenderWorld): EvaluationScheme {
  return world.scheme ?? starterScheme(world);
}
