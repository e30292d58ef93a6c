import {
  CatalogueEntry,
  Changelog,
  EvaluationTemplate,
  LegalExposureRule,
  RecommendationRule,
  type LocalizedText,
  type StoredCatalogueEntry,
} from '@tenderwise/schema';
import { z } from 'zod';
import {
  listCatalogueEntries,
  listCatalogueRules,
  type CatalogueEntryRow,
  type CatalogueFileRow,
  type EvaluationTemplateRow,
} from '../../db/repositories/catalogue.ts';
import type { LoadedRule } from '../../domain/catalogue/recommend.ts';
import type { ServiceContext } from '../context.ts';

// Stored documents were validated when loaded; parsing them again restores their types and
// would notice a row changed behind the loader's back.

type Db = ServiceContext['db'];

const CatalogueHeader = z.object({
  id: z.string(),
  version: z.string(),
  title: z.object({ de: z.string(), en: z.string() }),
  description: z.object({ de: z.string(), en: z.string() }),
  changelog: Changelog,
});

/** The header of a catalogue file: title, description and changelog. */
export function catalogueHeaderOf(file: CatalogueFileRow): z.output<typeof CatalogueHeader> {
  return CatalogueHeader.parse(JSON.parse(file.header));
}

/** A stored entry with the catalogue file and version it was loaded from. */
export function entryOf(row: CatalogueEntryRow & { file_version: string }): StoredCatalogueEntry {
  return {
    catalogue: { id: row.file_id, version: row.file_version },
    entry: CatalogueEntry.parse(JSON.parse(row.document)),
  };
}

export function templateOf(row: EvaluationTemplateRow): EvaluationTemplate {
  return EvaluationTemplate.parse(JSON.parse(row.document));
}

/** The titles of entries by id, for answers that name entries. */
export async function entryTitles(db: Db): Promise<(id: string) => LocalizedText> {
  const rows = await listCatalogueEntries(db);
  const titles = new Map(rows.map((row) => [row.id, entryOf(row).entry.title]));
  return (id) => titles.get(id) ?? { de: id, en: id };
}

export async function recommendationRules(db: Db): Promise<LoadedRule<RecommendationRule>[]> {
  const rows = await listCatalogueRules(db, 'recommendationRules');
  return rows.map((row) => ({
    rule: RecommendationRule.parse(JSON.parse(row.document)),
    file: { id: row.file_id, version: row.file_version },
  }));
}

export async function legalExposureRules(db: Db): Promise<LoadedRule<LegalExposureRule>[]> {
  const rows = await listCatalogueRules(db, 'legalExposureRules');
  return rows.map((row) => ({
    rule: LegalExposureRule.parse(JSON.parse(row.document)),
    file: { id: row.file_id, version: row.file_version },
  }));
}
