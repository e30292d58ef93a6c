import {
  CatalogueEntry,
  Changelog,
  EvaluationTemplate,
  LegalExposureRule,
  LegalExposureRuleFile,
  RecommendationRule,
  RecommendationRuleFile,
  type CatalogueEntryListQuery,
  type CatalogueIndexResponse,
  type LocalizedText,
  type StoredCatalogueEntry,
} from '@tenderwise/schema';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  countCatalogueEntries,
  findCatalogueEntry,
  findEvaluationTemplate,
  listCatalogueEntries,
  listCatalogueFiles,
  listCatalogueRules,
  listEvaluationTemplates,
  type CatalogueEntryRow,
} from '../../db/repositories/catalogue.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { LoadedRule } from '../../domain/catalogue/recommend.ts';

/** The catalogue's read verbs need only the database: the data is public reference data. */
export interface CatalogueReadContext {
  db: Kysely<DB>;
}

// Stored documents were validated when loaded; parsing them again restores their types and
// would notice a row changed behind the loader's back.
const CatalogueHeader = z.object({
  id: z.string(),
  version: z.string(),
  title: z.object({ de: z.string(), en: z.string() }),
  description: z.object({ de: z.string(), en: z.string() }),
  changelog: Changelog,
});

function entryOf(row: CatalogueEntryRow & { file_version: string }): StoredCatalogueEntry {
  return {
    catalogue: { id: row.file_id, version: row.file_version },
    entry: CatalogueEntry.parse(JSON.parse(row.document)),
  };
}

/** Every catalogue file with its version, changelog and how many of its entries are verified. */
export async function catalogueIndex({
  ctx,
}: {
  ctx: CatalogueReadContext;
}): Promise<CatalogueIndexResponse> {
  const [files, counted] = await Promise.all([
    listCatalogueFiles(ctx.db, 'catalogue'),
    countCatalogueEntries(ctx.db),
  ]);
  const byFile = new Map(counted.map((row) => [row.file_id, row]));
  const catalogues = files.map((file) => {
    const header = CatalogueHeader.parse(JSON.parse(file.header));
    const count = byFile.get(file.id);
    return {
      id: file.id,
      version: file.version,
      title: header.title,
      description: header.description,
      changelog: header.changelog,
      entryCount: count?.entries ?? 0,
      verifiedCount: count?.verified ?? 0,
    };
  });
  const entryCount = catalogues.reduce((sum, item) => sum + item.entryCount, 0);
  const verifiedCount = catalogues.reduce((sum, item) => sum + item.verifiedCount, 0);
  return {
    catalogues,
    entryCount,
    verifiedCount,
    verifiedShare:
      entryCount === 0 ? 0 : Math.round((verifiedCount / entryCount) * 10_000) / 10_000,
  };
}

/** Entries in catalogue order, filtered by catalogue file, kind, legal type and verification. */
export async function listEntries({
  ctx,
  input,
}: {
  ctx: CatalogueReadContext;
  input: CatalogueEntryListQuery;
}): Promise<StoredCatalogueEntry[]> {
  const rows = await listCatalogueEntries(ctx.db, {
    ...(input.catalogue !== undefined && { fileId: input.catalogue }),
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.verified !== undefined && { verified: input.verified === 'true' }),
  });
  const entries = rows.map(entryOf);
  if (input.legalType === undefined) return entries;
  return entries.filter(({ entry }) =>
    entry.legalTypes.some((use) => use.type === input.legalType),
  );
}

export async function getEntry({
  ctx,
  input,
}: {
  ctx: CatalogueReadContext;
  input: { entryId: string };
}): Promise<StoredCatalogueEntry> {
  const row = await findCatalogueEntry(ctx.db, input.entryId);
  if (!row) throw new NotFoundError(`There is no catalogue entry "${input.entryId}".`);
  return entryOf(row);
}

/** The titles of entries by id, for answers that name entries. */
export async function entryTitles(
  ctx: CatalogueReadContext,
): Promise<(id: string) => LocalizedText> {
  const rows = await listCatalogueEntries(ctx.db);
  const titles = new Map(rows.map((row) => [row.id, entryOf(row).entry.title]));
  return (id) => titles.get(id) ?? { de: id, en: id };
}

export async function listTemplates({
  ctx,
}: {
  ctx: CatalogueReadContext;
}): Promise<EvaluationTemplate[]> {
  const rows = await listEvaluationTemplates(ctx.db);
  return rows.map((row) => EvaluationTemplate.parse(JSON.parse(row.document)));
}

export async function getTemplate({
  ctx,
  input,
}: {
  ctx: CatalogueReadContext;
  input: { templateId: string };
}): Promise<EvaluationTemplate> {
  const row = await findEvaluationTemplate(ctx.db, input.templateId);
  if (!row) throw new NotFoundError(`There is no evaluation template "${input.templateId}".`);
  return EvaluationTemplate.parse(JSON.parse(row.document));
}

export async function loadRecommendationRules(
  ctx: CatalogueReadContext,
): Promise<LoadedRule<RecommendationRule>[]> {
  const rows = await listCatalogueRules(ctx.db, 'recommendationRules');
  return rows.map((row) => ({
    rule: RecommendationRule.parse(JSON.parse(row.document)),
    file: { id: row.file_id, version: row.file_version },
  }));
}

export async function loadLegalExposureRules(
  ctx: CatalogueReadContext,
): Promise<LoadedRule<LegalExposureRule>[]> {
  const rows = await listCatalogueRules(ctx.db, 'legalExposureRules');
  return rows.map((row) => ({
    rule: LegalExposureRule.parse(JSON.parse(row.document)),
    file: { id: row.file_id, version: row.file_version },
  }));
}

/** Every rule file with its rules, recommendation and legal-exposure files apart. */
export async function listRuleFiles({ ctx }: { ctx: CatalogueReadContext }): Promise<{
  recommendation: z.output<typeof RecommendationRuleFile>[];
  legalExposure: z.output<typeof LegalExposureRuleFile>[];
}> {
  const [files, recommendation, legalExposure] = await Promise.all([
    listCatalogueFiles(ctx.db),
    loadRecommendationRules(ctx),
    loadLegalExposureRules(ctx),
  ]);
  const rulesOf = <R>(fileId: string, rules: LoadedRule<R>[]) =>
    rules.filter((item) => item.file.id === fileId).map((item) => item.rule);
  return {
    recommendation: files
      .filter((file) => file.kind === 'recommendationRules')
      .map((file) =>
        RecommendationRuleFile.parse({
          ...JSON.parse(file.header),
          rules: rulesOf(file.id, recommendation),
        }),
      ),
    legalExposure: files
      .filter((file) => file.kind === 'legalExposureRules')
      .map((file) =>
        LegalExposureRuleFile.parse({
          ...JSON.parse(file.header),
          rules: rulesOf(file.id, legalExposure),
        }),
      ),
  };
}
