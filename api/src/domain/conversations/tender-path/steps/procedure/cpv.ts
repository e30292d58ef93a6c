import type { ConversationInput, LocalizedText } from '@tenderwise/schema';

/**
 * The CPV codes (Common Procurement Vocabulary, Regulation (EC) No 2195/2002 as amended by
 * Regulation (EC) No 213/2008) an IT purchase most often starts from. Any other code may be
 * typed; the main one comes first.
 */
export const commonCpvCodes: readonly { code: string; name: LocalizedText }[] = [
  {
    code: '72000000-5',
    name: {
      de: 'IT-Dienste: Beratung, Software-Entwicklung, Internet und Hilfsdienste',
      en: 'IT services: consulting, software development, Internet and support',
    },
  },
  {
    code: '72500000-0',
    name: { de: 'Computerbezogene Dienstleistungen', en: 'Computer-related services' },
  },
  {
    code: '48000000-8',
    name: {
      de: 'Softwarepaket und Informationssysteme',
      en: 'Software package and information systems',
    },
  },
  {
    code: '30200000-1',
    name: { de: 'Computeranlagen und Zubehör', en: 'Computer equipment and supplies' },
  },
  { code: '72300000-8', name: { de: 'Datendienste', en: 'Data services' } },
];

const cpvPattern = /\b\d{8}-\d\b/g;

/** The CPV codes an input names, each once, in order; empty when it names none. */
export function cpvCodesOf(input: ConversationInput): string[] {
  const found: string[] = [];
  if (input.intent === 'choose') {
    found.push(...[input.choice, ...(input.choices ?? [])].filter((id) => id !== undefined));
  }
  if (input.intent === 'answer' && input.text !== undefined) {
    found.push(...(input.text.match(cpvPattern) ?? []));
  }
  const codes = found.filter((code) => /^\d{8}-\d$/.test(code));
  return [...new Set(codes)].slice(0, 20);
}
