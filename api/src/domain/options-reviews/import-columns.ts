import type { EvaluationScheme, LocalizedText } from '@tenderwise/schema';

/** The languages a template's headings and an import's messages come in. */
export const importLanguages = ['de', 'en'] as const;
export type ImportLanguage = (typeof importLanguages)[number];

/** The parts of a price or life-cycle cost an import fills, in the engine's names. */
export const pricePartNames = [
  'amount',
  'oneOff',
  'migrationIn',
  'recurringPerYear',
  'egressPerYear',
  'exit',
] as const;
export type PricePart = (typeof pricePartNames)[number];

/** What a column of the import holds. */
export type ImportColumn =
  | { kind: 'name' | 'vendorName' | 'serviceName'; heading: LocalizedText }
  | { kind: 'answer'; criterionId: string; heading: LocalizedText }
  | { kind: 'metric'; criterionId: string; heading: LocalizedText }
  | {
      kind: 'attestationHeld' | 'attestationFrom' | 'attestationUntil';
      criterionId: string;
      /** The rule's attestation scheme and type, which the evidence will name. */
      scheme: string;
      type: string | undefined;
      heading: LocalizedText;
    }
  | { kind: 'price'; part: PricePart; heading: LocalizedText };

const answerLists = [
  'exclusionGrounds',
  'restrictedRequirements',
  'suitability',
  'minimumRequirements',
  'conditions',
] as const;

const both = (de: string, en: string): LocalizedText => ({ de, en });

const priceHeadings: Record<PricePart, LocalizedText> = {
  amount: both('Preis', 'Price'),
  oneOff: both('Einmalkosten', 'One-off costs'),
  migrationIn: both('Migrationskosten', 'Migration costs'),
  recurringPerYear: both('Laufende Kosten pro Jahr', 'Recurring costs per year'),
  egressPerYear: both('Datenabflusskosten pro Jahr', 'Egress costs per year'),
  exit: both('Ausstiegskosten', 'Exit costs'),
};

/**
 * The columns of an options import for a scheme, in the template's order: name, vendor and
 * service; an answer in words per criterion the offer may answer (exclusion grounds, restricted
 * requirements, suitability, minimum requirements, contract conditions, award criteria); a
 * value per metric criterion; per rule of an attestation criterion whether it is held for the
 * offered service, from and until when; and the price, or each life-cycle cost component, in the
 * scheme's currency. Headings name the criterion's id in brackets, so two criteria of one title
 * stay apart, and exist in German and English: a file may use either.
 */
export function importColumns(scheme: EvaluationScheme | undefined): ImportColumn[] {
  const columns: ImportColumn[] = [
    { kind: 'name', heading: both('Name', 'Name') },
    { kind: 'vendorName', heading: both('Anbieter', 'Vendor') },
    { kind: 'serviceName', heading: both('Leistung', 'Service') },
  ];
  if (scheme === undefined) return columns;
  const answerable: { id: string; title: LocalizedText }[] = [
    ...answerLists.flatMap(
      (list): readonly { id: string; title: LocalizedText }[] => scheme[list] ?? [],
    ),
    ...scheme.award.filter((node) => node.kind !== 'group'),
  ];
  for (const criterion of answerable) {
    columns.push({
      kind: 'answer',
      criterionId: criterion.id,
      heading: both(
        `Antwort: ${criterion.title.de} [${criterion.id}]`,
        `Answer: ${criterion.title.en} [${criterion.id}]`,
      ),
    });
  }
  for (const leaf of scheme.award) {
    if (leaf.kind === 'metric') {
      columns.push({
        kind: 'metric',
        criterionId: leaf.id,
        heading: both(
          `Wert (${leaf.unit}): ${leaf.title.de} [${leaf.id}]`,
          `Value (${leaf.unit}): ${leaf.title.en} [${leaf.id}]`,
        ),
      });
    }
    if (leaf.kind === 'attestation') {
      for (const rule of leaf.rules) {
        const name = rule.type === undefined ? rule.scheme : `${rule.scheme} ${rule.type}`;
        const at = (de: string, en: string) =>
          both(
            `${name} ${de}: ${leaf.title.de} [${leaf.id}]`,
            `${name} ${en}: ${leaf.title.en} [${leaf.id}]`,
          );
        const base = { criterionId: leaf.id, scheme: rule.scheme, type: rule.type };
        columns.push(
          {
            kind: 'attestationHeld',
            ...base,
            heading: at('für die Leistung (ja/nein)', 'for the service (yes/no)'),
          },
          { kind: 'attestationFrom', ...base, heading: at('gültig ab', 'valid from') },
          { kind: 'attestationUntil', ...base, heading: at('gültig bis', 'valid until') },
        );
      }
    }
  }
  const parts: readonly PricePart[] =
    scheme.price.kind === 'totalPrice'
      ? ['amount']
      : ['oneOff', 'migrationIn', 'recurringPerYear', 'egressPerYear', 'exit'];
  for (const part of parts) {
    const heading = priceHeadings[part];
    columns.push({
      kind: 'price',
      part,
      heading: both(`${heading.de} (${scheme.currency})`, `${heading.en} (${scheme.currency})`),
    });
  }
  return columns;
}

/** How a column is filled, for the template's notes sheet. */
export function columnHint(column: ImportColumn): LocalizedText {
  switch (column.kind) {
    case 'name':
      return both(
        'Pflichtfeld; eindeutig in der Prüfung (höchstens 200 Zeichen)',
        'Required; unique within the review (at most 200 characters)',
      );
    case 'vendorName':
    case 'serviceName':
      return both('Freiwillig (höchstens 200 Zeichen)', 'Optional (at most 200 characters)');
    case 'answer':
      return both(
        'Antwort in Worten (höchstens 4.000 Zeichen)',
        'Answer in words (at most 4,000 characters)',
      );
    case 'metric':
    case 'price':
      return both(
        'Zahl; in CSV mit Dezimalkomma, z. B. 1.234,56',
        'Number; in CSV with a decimal comma, e.g. 1.234,56',
      );
    case 'attestationHeld':
      return both(
        'ja oder nein; bei ja beide Daten angeben',
        'yes or no; with yes, give both dates',
      );
    case 'attestationFrom':
    case 'attestationUntil':
      return both('Datum, z. B. 2027-01-31 oder 31.01.2027', 'Date, e.g. 2027-01-31 or 31.01.2027');
  }
}

/** A heading as it is compared: trimmed, inner spaces collapsed, case ignored. */
export function headingKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The column letters of a spreadsheet program: A … Z, AA … */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
