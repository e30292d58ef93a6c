import type {
  LocalizedText,
  ProcurementRegime,
  TenderCancellationGround,
} from '@tenderwise/schema';

/** One ground for cancelling a tender (Aufhebung), with its label and paragraph per regime. */
export interface CancellationGround {
  id: TenderCancellationGround;
  label: LocalizedText;
  sources: Record<ProcurementRegime, string>;
}

/**
 * The grounds on which an authority may cancel a procurement procedure: § 63 (1) S. 1 Nr. 1–4
 * VgV; the UVgO lists the same four in § 48 (1) UVgO, the SektVO in § 57 SektVO and the VSVgV
 * in § 37 (1) VSVgV. The bidders are told the ground and the reasons without delay (§ 63 (2)
 * VgV).
 */
export const cancellationGrounds: readonly CancellationGround[] = [
  {
    id: 'noSuitableBids',
    label: {
      de: 'Kein Angebot ist eingegangen, das den Bedingungen entspricht',
      en: 'No bid was received that meets the conditions',
    },
    sources: {
      VgV: '§ 63 Abs. 1 S. 1 Nr. 1 VgV',
      SektVO: '§ 57 SektVO',
      VSVgV: '§ 37 Abs. 1 Nr. 1 VSVgV',
      UVgO: '§ 48 Abs. 1 Nr. 1 UVgO',
    },
  },
  {
    id: 'essentialChange',
    label: {
      de: 'Die Grundlage des Vergabeverfahrens hat sich wesentlich geändert',
      en: 'The basis of the procurement procedure has changed essentially',
    },
    sources: {
      VgV: '§ 63 Abs. 1 S. 1 Nr. 2 VgV',
      SektVO: '§ 57 SektVO',
      VSVgV: '§ 37 Abs. 1 Nr. 2 VSVgV',
      UVgO: '§ 48 Abs. 1 Nr. 2 UVgO',
    },
  },
  {
    id: 'noEconomicResult',
    label: {
      de: 'Das Vergabeverfahren hat kein wirtschaftliches Ergebnis erbracht',
      en: 'The procurement procedure has not produced an economic result',
    },
    sources: {
      VgV: '§ 63 Abs. 1 S. 1 Nr. 3 VgV',
      SektVO: '§ 57 SektVO',
      VSVgV: '§ 37 Abs. 1 Nr. 3 VSVgV',
      UVgO: '§ 48 Abs. 1 Nr. 3 UVgO',
    },
  },
  {
    id: 'otherSeriousReasons',
    label: {
      de: 'Andere schwerwiegende Gründe bestehen',
      en: 'Other serious reasons exist',
    },
    sources: {
      VgV: '§ 63 Abs. 1 S. 1 Nr. 4 VgV',
      SektVO: '§ 57 SektVO',
      VSVgV: '§ 37 Abs. 1 Nr. 4 VSVgV',
      UVgO: '§ 48 Abs. 1 Nr. 4 UVgO',
    },
  },
];

export function cancellationGround(id: TenderCancellationGround): CancellationGround {
  const ground = cancellationGrounds.find((candidate) => candidate.id === id);
  if (ground === undefined) throw new Error(`Unknown cancellation ground ${id}`);
  return ground;
}
