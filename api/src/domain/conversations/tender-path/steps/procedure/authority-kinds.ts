import type { AuthorityKind, LocalizedText } from '@tenderwise/schema';
import type { Named } from '../../../parser/context.ts';
import { fold } from './words.ts';

/**
 * The kinds of authority of `schema/src/tenders/thresholds.ts`, in plain words: which one awards
 * decides the EU threshold and the regime (§ 106 (2) GWB).
 */
export const authorityKindTexts: Record<
  AuthorityKind,
  { name: LocalizedText; explanation: LocalizedText; synonyms: string[] }
> = {
  federalUpperAuthority: {
    name: { de: 'Oberste oder obere Bundesbehörde', en: 'Supreme or upper federal authority' },
    explanation: {
      de: 'ein Bundesministerium, ein Bundesamt oder eine vergleichbare Bundeseinrichtung; für sie gilt der niedrigere Schwellenwert zentraler Regierungsbehörden (§ 106 Abs. 2 Nr. 1 GWB)',
      en: 'a federal ministry, a federal office or a comparable federal body; it applies the lower threshold of central government authorities (§ 106 (2) Nr. 1 GWB)',
    },
    synonyms: ['Bundesbehörde', 'Bundesministerium', 'Bundesamt', 'federal authority'],
  },
  otherPublicAuthority: {
    name: { de: 'Anderer öffentlicher Auftraggeber', en: 'Other public contracting authority' },
    explanation: {
      de: 'jeder andere öffentliche Auftraggeber, etwa eine Landesverwaltung, ein Landesamt, eine Kommune, eine Hochschule oder eine Anstalt öffentlichen Rechts (§ 99 GWB)',
      en: 'every other public contracting authority, such as a state administration, a Land office, a municipality, a university or a public-law institution (§ 99 GWB)',
    },
    synonyms: [
      'öffentlicher Auftraggeber',
      'Landesverwaltung',
      'Landesbehörde',
      'Kommune',
      'public authority',
      'state administration',
    ],
  },
  sectorEntity: {
    name: { de: 'Sektorenauftraggeber', en: 'Sector entity' },
    explanation: {
      de: 'ein Auftraggeber, der für seine Tätigkeit in der Energie- oder Wasserversorgung oder im Verkehr beschafft (§§ 100, 102 GWB)',
      en: 'an entity buying for its activity in energy or water supply or transport (§§ 100, 102 GWB)',
    },
    synonyms: ['Sektorentätigkeit', 'Versorger', 'utility', 'sector'],
  },
  defenceSecurity: {
    name: {
      de: 'Verteidigungs- oder sicherheitsspezifischer Auftrag',
      en: 'Defence- or security-specific contract',
    },
    explanation: {
      de: 'ein Auftrag über Militärausrüstung oder verschlusssachenbezogene Leistungen, gleich wer ihn vergibt (§ 104 GWB)',
      en: 'a contract for military equipment or services involving classified information, whoever awards it (§ 104 GWB)',
    },
    synonyms: ['Verteidigung', 'Sicherheit', 'VSVgV', 'defence', 'defense', 'security'],
  },
};

export const authorityKindNames: Named[] = Object.entries(authorityKindTexts).map(([id, text]) => ({
  id,
  names: [text.name.de, text.name.en, id, ...text.synonyms],
}));

/** Words in a need that point to a kind of authority; the person confirms or picks another. */
const hints: [AuthorityKind, RegExp][] = [
  [
    'defenceSecurity',
    /\b(bundeswehr|verteidigung\w*|militar\w*|military|defen[cs]e|verschlusssache\w*)\b/,
  ],
  [
    'sectorEntity',
    /\b(stadtwerk\w*|energieversorg\w*|wasserversorg\w*|netzbetreiber\w*|sektor\w*|utilit\w*)\b/,
  ],
  [
    'federalUpperAuthority',
    /\b(bundesministerium\w*|bundesamt\w*|bundesbehorde\w*|bundesanstalt\w*|federal (ministry|office|agency))\b/,
  ],
  [
    'otherPublicAuthority',
    /\b(landesverwaltung\w*|landesamt\w*|landesbehorde\w*|landesministerium\w*|kommun\w*|gemeinde\w*|stadtverwaltung\w*|landkreis\w*|kreisverwaltung\w*|hochschul\w*|universitat\w*|universit\w*|forschungsinstitut\w*|state administration|municipal\w*|research institute)\b/,
  ],
];

/**
 * The kind of authority a need's words suggest, else the words of the chosen template's use case,
 * else its regime. Only a suggestion: the person confirms it or picks another.
 */
export function suggestedAuthorityKind(
  need: string,
  template: { useCase: LocalizedText; regime: string | null } | undefined,
): AuthorityKind | undefined {
  const hinted = (text: string) => hints.find(([, pattern]) => pattern.test(fold(text)))?.[0];
  const fromNeed = hinted(need);
  if (fromNeed !== undefined || template === undefined) return fromNeed;
  const fromUseCase = hinted(`${template.useCase.de} ${template.useCase.en}`);
  if (fromUseCase !== undefined) return fromUseCase;
  if (template.regime === 'SektVO') return 'sectorEntity';
  if (template.regime === 'VSVgV') return 'defenceSecurity';
  return undefined;
}
