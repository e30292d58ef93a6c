import type { BidImportColumns, BidImportMapping } from '@tenderwise/schema';
import type { AnswerableCriterion } from './criteria.ts';
import type { ImportLanguage } from './read-bids.ts';

/** A published lot as the template sees it: its number, price kind and criteria. */
export interface TemplateLot {
  lotNumber: number;
  price: 'totalPrice' | 'lifeCycleCost';
  criteria: readonly AnswerableCriterion[];
}

type Field = keyof BidImportColumns;

const headings: Record<Field, { de: string; en: string; hint: { de: string; en: string } }> = {
  lotNumber: {
    de: 'Los',
    en: 'Lot',
    hint: { de: 'Losnummer', en: 'Lot number' },
  },
  receivedAt: {
    de: 'Eingang',
    en: 'Received at',
    hint: {
      de: 'TT.MM.JJJJ HH:MM (Berlin) oder ISO 8601 mit Zeitzone',
      en: 'DD.MM.YYYY HH:MM (Berlin) or ISO 8601 with offset',
    },
  },
  late: { de: 'Verspätet', en: 'Late', hint: { de: 'ja/nein', en: 'ja/nein (yes/no)' } },
  bidderName: { de: 'Bieter', en: 'Bidder', hint: { de: 'Name', en: 'Name' } },
  bidderCountry: {
    de: 'Land',
    en: 'Country',
    hint: { de: 'ISO-Code, z. B. DE', en: 'ISO code, e.g. DE' },
  },
  bidderRegisterNumber: {
    de: 'Registernummer',
    en: 'Register number',
    hint: { de: 'freiwillig', en: 'optional' },
  },
  groupMembers: {
    de: 'Mitglieder der Bietergemeinschaft',
    en: 'Bidding group members',
    hint: {
      de: 'Name|Land|Registernummer; … (leer bei Einzelbietern)',
      en: 'Name|Country|Register number; … (empty for a single bidder)',
    },
  },
  groupRepresentative: {
    de: 'Vertreter der Bietergemeinschaft',
    en: 'Group representative',
    hint: { de: 'Name oder Position (1 = erstes)', en: 'Name or position (1 = first)' },
  },
  subcontractors: {
    de: 'Unterauftragnehmer',
    en: 'Subcontractors',
    hint: {
      de: 'Name|Land|Anteil %|Leistungsteil[|Eignungsleihe]; …',
      en: 'Name|Country|Share %|Scope[|relied on]; …',
    },
  },
  totalPrice: { de: 'Gesamtpreis', en: 'Total price', hint: { de: 'Zahl', en: 'Number' } },
  lifeCycleOneOff: { de: 'Einmalkosten', en: 'One-off costs', hint: { de: 'Zahl', en: 'Number' } },
  lifeCycleMigrationIn: {
    de: 'Migrationskosten',
    en: 'Migration costs',
    hint: { de: 'Zahl', en: 'Number' },
  },
  lifeCycleRecurringPerYear: {
    de: 'Laufende Kosten pro Jahr',
    en: 'Recurring costs per year',
    hint: { de: 'Zahl', en: 'Number' },
  },
  lifeCycleEgressPerYear: {
    de: 'Datenabflusskosten pro Jahr',
    en: 'Egress costs per year',
    hint: { de: 'Zahl', en: 'Number' },
  },
  lifeCycleExit: { de: 'Ausstiegskosten', en: 'Exit costs', hint: { de: 'Zahl', en: 'Number' } },
  declarationArt5k: {
    de: 'Erklärung Art. 5k',
    en: 'Art. 5k declaration',
    hint: { de: 'ja/nein', en: 'ja/nein (yes/no)' },
  },
  declarationExclusionGrounds: {
    de: 'Keine Ausschlussgründe (§§ 123, 124 GWB)',
    en: 'No exclusion grounds (§§ 123, 124 GWB)',
    hint: { de: 'ja/nein', en: 'ja/nein (yes/no)' },
  },
  selfCleaning: {
    de: 'Selbstreinigung (§ 125 GWB)',
    en: 'Self-cleaning (§ 125 GWB)',
    hint: { de: 'Text, freiwillig', en: 'Text, optional' },
  },
  declarantName: { de: 'Erklärende Person', en: 'Declarant', hint: { de: 'Name', en: 'Name' } },
  declarantFunction: {
    de: 'Funktion',
    en: 'Function',
    hint: { de: 'z. B. Prokurist', en: 'e.g. authorised signatory' },
  },
  declarantEmail: { de: 'E-Mail', en: 'E-mail', hint: { de: 'freiwillig', en: 'optional' } },
};

/** The heading and hint of one of our fields, for the mapping page and the template. */
export function fieldHeading(field: Field, language: ImportLanguage): string {
  return headings[field][language];
}

/**
 * The template for a tender's lots: our fields (the lot column only with several lots; the
 * price or the life-cycle cost components as the lots' schemes ask), then one answer column per
 * criterion of the lots' latest published versions, each criterion once. Attestation criteria
 * take evidence, which only the JSON format carries, so they have no column. The mapping that
 * reads the template is returned with it.
 */
export function bidImportTemplate(
  lots: readonly TemplateLot[],
  language: ImportLanguage,
): { headings: string[]; hints: string[]; mapping: BidImportMapping } {
  const fields: Field[] = [
    ...(lots.length > 1 ? (['lotNumber'] as const) : []),
    'receivedAt',
    'late',
    'bidderName',
    'bidderCountry',
    'bidderRegisterNumber',
    'groupMembers',
    'groupRepresentative',
    'subcontractors',
    ...(lots.some((lot) => lot.price === 'totalPrice') ? (['totalPrice'] as const) : []),
    ...(lots.some((lot) => lot.price === 'lifeCycleCost')
      ? ([
          'lifeCycleOneOff',
          'lifeCycleMigrationIn',
          'lifeCycleRecurringPerYear',
          'lifeCycleEgressPerYear',
          'lifeCycleExit',
        ] as const)
      : []),
    'declarationArt5k',
    'declarationExclusionGrounds',
    'selfCleaning',
    'declarantName',
    'declarantFunction',
    'declarantEmail',
  ];
  const columns: Partial<Record<Field, string>> = {};
  const result = { headings: [] as string[], hints: [] as string[] };
  for (const field of fields) {
    columns[field] = headings[field][language];
    result.headings.push(headings[field][language]);
    result.hints.push(headings[field].hint[language]);
  }
  const answers: Record<string, string> = {};
  for (const lot of lots) {
    for (const criterion of lot.criteria) {
      if (criterion.kind === 'evidence' || answers[criterion.id] !== undefined) continue;
      const heading = `${criterion.title[language]} [${criterion.id}]`;
      answers[criterion.id] = heading;
      result.headings.push(heading);
      result.hints.push(
        {
          declaration: { de: 'ja/nein', en: 'ja/nein (yes/no)' },
          metric: { de: 'Zahl', en: 'Number' },
          offer: { de: 'Angebot in Worten', en: 'Offer in words' },
        }[criterion.kind][language] + (lots.length > 1 ? ` (Los/lot ${lot.lotNumber})` : ''),
      );
    }
  }
  return {
    ...result,
    mapping: { columns: columns as BidImportColumns, answers },
  };
}
