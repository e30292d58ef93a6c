import type { StoredCatalogueEntry } from '@tenderwise/schema';
import { helpOf, type CatalogueHelp } from './catalogue-help.ts';
import type { AttestationChoice } from './draft-form.ts';

/** The catalogue entries whose help the editor shows beside sections that are not criteria. */
const sectionHelp = [
  'law.condition-eu-operations',
  'law.condition-customer-key-control',
  'law.sanctions-art-5k',
  'law.data-act-switching',
  'law.us-cloud-act',
  'law.condition-disconnection-tests',
  'law.condition-change-of-control',
  'assurance.or-equivalent',
];

/** What the draft editor takes from the catalogue, in one language. */
export interface EditorCatalogue {
  help: Record<string, CatalogueHelp>;
  levels: { value: string; label: string }[];
  c3aGroups: { objective: string; title: string; criteria: string[] }[];
  choices: AttestationChoice[];
}

export function editorCatalogue(
  stored: readonly StoredCatalogueEntry[],
  locale: 'de' | 'en',
): EditorCatalogue {
  const help: Record<string, CatalogueHelp> = {};
  const levels: EditorCatalogue['levels'] = [];
  const groups = new Map<string, EditorCatalogue['c3aGroups'][number]>();
  const choices: AttestationChoice[] = [];
  const objectiveTitles = new Map<string, string>();
  for (const item of stored) {
    const { entry } = item;
    if (entry.kind === 'sovereigntyObjective') {
      help[entry.id] = helpOf(item, locale);
      objectiveTitles.set(entry.objective.code, entry.title[locale]);
    } else if (entry.kind === 'assuranceLevel') {
      levels.push({
        value: String(entry.level.value),
        label: `${entry.level.code} – ${entry.level.name}`,
      });
    } else if (entry.kind === 'c3aCriterion') {
      help[entry.id] = helpOf(item, locale);
      const code = entry.criterion.objective;
      const group = groups.get(code) ?? { objective: code, title: code, criteria: [] };
      group.criteria.push(entry.id);
      groups.set(code, group);
    } else if (entry.kind === 'attestation') {
      help[entry.id] = helpOf(item, locale);
      choices.push({
        entryId: entry.id,
        scheme: entry.attestation.scheme,
        ...(entry.attestation.type ? { type: entry.attestation.type } : {}),
        title: entry.title[locale],
      });
    }
    if (sectionHelp.includes(entry.id)) help[entry.id] = helpOf(item, locale);
  }
  levels.sort((a, b) => Number(a.value) - Number(b.value));
  const c3aGroups = [...groups.values()].map((group) => ({
    ...group,
    title: objectiveTitles.get(group.objective) ?? group.objective,
  }));
  return { help, levels, c3aGroups, choices };
}
