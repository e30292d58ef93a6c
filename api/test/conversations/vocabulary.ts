import type { ConversationInput } from '@tenderwise/schema';
import type {
  Named,
  ParseContext,
  ParseVocabulary,
  SlotKind,
} from '../../src/domain/conversations/parser/context.ts';

/** A typed turn, the step it is typed in, and what it must mean. */
export interface Utterance {
  text: string;
  context: ParseContext;
  expected: ConversationInput;
}

export const today = '2026-12-07';

export const criteria: Named[] = [
  { id: 'cost', names: ['Kosten', 'Preis', 'Wirtschaftlichkeit', 'cost', 'costs', 'price'] },
  {
    id: 'sovereignty',
    names: ['Souveränität', 'digitale Souveränität', 'sovereignty', 'digital sovereignty'],
  },
  {
    id: 'security',
    names: [
      'Sicherheit',
      'Informationssicherheit',
      'IT-Sicherheit',
      'security',
      'information security',
    ],
  },
  { id: 'quality', names: ['Qualität', 'Leistung', 'quality', 'performance'] },
  { id: 'sustainability', names: ['Nachhaltigkeit', 'Umwelt', 'sustainability', 'environment'] },
];

/** Two criteria, as a step that asks for one pairwise judgement names them. */
export const costAndSovereignty: Named[] = [criteria[0]!, criteria[1]!];

export const options: Named[] = [
  { id: 'opt-stackit', names: ['Stackit', 'Schwarz Digits'] },
  { id: 'opt-ionos', names: ['IONOS', 'IONOS Cloud'] },
  { id: 'opt-otc', names: ['Open Telekom Cloud', 'OTC', 'Telekom'] },
  { id: 'opt-aws', names: ['AWS', 'Amazon Web Services', 'Amazon'] },
  { id: 'opt-azure', names: ['Azure', 'Microsoft Azure', 'Microsoft'] },
];

export const states: Named[] = [
  { id: 'DE-BE', names: ['Berlin'] },
  { id: 'DE-BY', names: ['Bayern', 'Bavaria', 'Freistaat Bayern'] },
  { id: 'DE-HH', names: ['Hamburg'] },
  { id: 'DE-NW', names: ['Nordrhein-Westfalen', 'NRW', 'North Rhine-Westphalia'] },
  { id: 'DE-BB', names: ['Brandenburg'] },
];

export const procedures: Named[] = [
  { id: 'open', names: ['offenes Verfahren', 'open procedure', 'öffentliche Ausschreibung'] },
  {
    id: 'restricted',
    names: [
      'nicht offenes Verfahren',
      'nichtoffenes Verfahren',
      'restricted procedure',
      'beschränkte Ausschreibung',
    ],
  },
  {
    id: 'negotiated',
    names: ['Verhandlungsverfahren', 'negotiated procedure', 'Verhandlungsvergabe'],
  },
];

export const attestations: Named[] = [
  { id: 'c5', names: ['C5', 'BSI C5'] },
  { id: 'iso27001', names: ['ISO 27001', 'ISO/IEC 27001'] },
  { id: 'grundschutz', names: ['IT-Grundschutz', 'BSI IT-Grundschutz', 'Grundschutz'] },
  { id: 'soc2', names: ['SOC 2', 'SOC2 Type II'] },
];

export const templates: Named[] = [
  { id: 'tpl-iaas', names: ['IaaS', 'Cloud-Infrastruktur', 'cloud infrastructure'] },
  { id: 'tpl-workplace', names: ['Arbeitsplatz-IT', 'Client-Arbeitsplätze', 'workplace IT'] },
  { id: 'tpl-gpu', names: ['GPU-Rechenkapazität', 'KI-Rechenkapazität', 'GPU computing'] },
];

export const results: ParseVocabulary = { options, criteria };

/** The context of a step: its language, what it asks for, the names it knows. */
export function step(
  language: 'de' | 'en',
  expects: readonly SlotKind[] | undefined,
  vocabulary: ParseVocabulary = {},
  extra: Partial<ParseContext> = {},
): ParseContext {
  return { language, vocabulary, ...(expects ? { expects } : {}), today, ...extra };
}
