import { SeedBundle } from '@tenderwise/schema';
import { authorize } from '../../security/access/authorize.ts';
import { auditActorOf } from '../../security/access/principal.ts';
import { appendAuditEntry } from '../../security/audit/append.ts';
import {
  deleteCatalogueFiles,
  deleteItems,
  insertCatalogueEntries,
  insertCatalogueFile,
  insertCatalogueRules,
  insertEvaluationTemplates,
  listCatalogueFiles,
  listStoredItems,
  lockCatalogueForLoad,
  updateCatalogueEntry,
  updateCatalogueFile,
  updateCatalogueRule,
  updateEvaluationTemplate,
  type CatalogueItemTable,
} from '../../db/repositories/catalogue.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { validateScheme } from '../../engine/scheme/validate-scheme.ts';
import { ValidationError, type FieldIssue } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { catalogueDigest, desiredState } from './stored-state.ts';

export interface LoadCounts {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

export interface CatalogueLoadSummary {
  changed: boolean;
  files: LoadCounts;
  entries: LoadCounts;
  templates: LoadCounts;
  rules: LoadCounts;
  /** Hash over every stored file's hash after the load; equal digests mean equal catalogues. */
  digest: string;
}

/**
 * Loads a seed bundle: validates it (schemas, references across files, and every template
 * through the engine's scheme validation), then, in one transaction, inserts, updates and deletes
 * exactly the rows that differ, so loading the same bundle twice changes nothing the second time.
 * When something changed, one audit entry records the catalogue's digest before and after, with
 * the operator's command as its actor. Only the operator may load (`npm run seed`, the operator
 * socket): the catalogue is the same reference data for every organisation of the installation.
 */
export async function loadCatalogue({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: unknown;
}): Promise<CatalogueLoadSummary> {
  await authorize(ctx, { operationId: 'loadCatalogue' });
  return storeCatalogue({ ctx, input });
}

/**
 * {@link loadCatalogue} after its permission check, for a verb that loads the catalogue as a step
 * of its own, having checked its own permission first: the demo loader, which an administrator
 * may run, loads the installation's catalogue before the demo that builds on it. The audit entry
 * names that verb's caller.
 */
export async function storeCatalogue({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: unknown;
}): Promise<CatalogueLoadSummary> {
  const actor = auditActorOf(ctx.principal);
  if (actor === null) throw new Error('An anonymous caller cannot load the catalogue');
  const bundle = validBundle(input);
  const desired = desiredState(bundle);

  return withTransaction<DB, CatalogueLoadSummary>(ctx.db, async (trx) => {
    await lockCatalogueForLoad(trx);
    const now = await ctx.clock.now<DB>(trx);
    const storedFiles = await listCatalogueFiles(trx);
    const before = catalogueDigest(storedFiles);

    const files = diff(
      desired.files,
      storedFiles,
      (a, b) =>
        a.sha256 === b.sha256 &&
        a.kind === b.kind &&
        a.version === b.version &&
        a.header === b.header,
    );
    for (const row of files.insert) await insertCatalogueFile(trx, { ...row, loaded_at: now });
    for (const row of files.update) await updateCatalogueFile(trx, { ...row, loaded_at: now });

    const entries = await syncItems(
      trx,
      'catalogue_entry',
      desired.entries,
      insertCatalogueEntries,
      updateCatalogueEntry,
    );
    const templates = await syncItems(
      trx,
      'evaluation_template',
      desired.templates,
      insertEvaluationTemplates,
      updateEvaluationTemplate,
    );
    const rules = await syncItems(
      trx,
      'catalogue_rule',
      desired.rules,
      insertCatalogueRules,
      updateCatalogueRule,
    );
    await deleteCatalogueFiles(
      trx,
      files.remove.map((row) => row.id),
    );

    const summary = {
      files: counts(files),
      entries,
      templates,
      rules,
      digest: catalogueDigest(desired.files),
    };
    const changed = [summary.files, entries, templates, rules].some(
      (item) => item.inserted + item.updated + item.deleted > 0,
    );
    if (changed) {
      await appendAuditEntry(trx, ctx.clock, {
        actor,
        action: 'catalogue.seed.loaded',
        object: { type: 'catalogue', id: 'seed' },
        outcome: 'succeeded',
        requestId: ctx.requestId,
        beforeHash: before,
        afterHash: summary.digest,
      });
    }
    return { changed, ...summary };
  });
}

function validBundle(input: unknown): SeedBundle {
  const parsed = SeedBundle.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(
      'The catalogue data does not validate',
      parsed.error.issues.map((issue) => ({
        in: 'body',
        pointer: pointerOf(issue.path),
        detail: issue.message,
      })),
    );
  }
  const issues: FieldIssue[] = parsed.data.templates.flatMap((template, index) =>
    validateScheme(template.scheme).map((issue) => ({
      in: 'body' as const,
      pointer: `/templates/${index}/scheme${issue.pointer}`,
      detail: `${template.id}: ${issue.message}`,
    })),
  );
  if (issues.length > 0) {
    throw new ValidationError('An evaluation template breaks a rule of evaluation', issues);
  }
  return parsed.data;
}

function pointerOf(path: readonly PropertyKey[]): string {
  return path
    .map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

interface Diff<T> {
  insert: T[];
  update: T[];
  remove: { id: string }[];
  unchanged: number;
}

function diff<T extends { id: string }, S extends { id: string }>(
  desired: readonly T[],
  stored: readonly S[],
  same: (wanted: T, existing: S) => boolean,
): Diff<T> {
  const existing = new Map(stored.map((row) => [row.id, row]));
  const wanted = new Set(desired.map((row) => row.id));
  const result: Diff<T> = { insert: [], update: [], remove: [], unchanged: 0 };
  for (const row of desired) {
    const current = existing.get(row.id);
    if (!current) result.insert.push(row);
    else if (!same(row, current)) result.update.push(row);
    else result.unchanged++;
  }
  result.remove = stored.filter((row) => !wanted.has(row.id)).map((row) => ({ id: row.id }));
  return result;
}

function counts(result: Diff<unknown & { id: string }>): LoadCounts {
  return {
    inserted: result.insert.length,
    updated: result.update.length,
    deleted: result.remove.length,
    unchanged: result.unchanged,
  };
}

type Db = Parameters<typeof insertCatalogueFile>[0];

/** Brings one item table to the desired rows; rows are equal when hash, file and position are. */
async function syncItems<
  T extends { id: string; file_id: string; sha256: string; position?: number },
>(
  trx: Db,
  table: CatalogueItemTable,
  desired: readonly T[],
  insert: (db: Db, rows: T[]) => Promise<unknown>,
  update: (db: Db, row: T) => Promise<unknown>,
): Promise<LoadCounts> {
  const stored = await listStoredItems(trx, table);
  const result = diff(
    desired,
    stored,
    (a, b) =>
      a.sha256 === b.sha256 && a.file_id === b.file_id && (a.position ?? null) === b.position,
  );
  await deleteItems(
    trx,
    table,
    result.remove.map((row) => row.id),
  );
  await insert(trx, result.insert);
  for (const row of result.update) await update(trx, row);
  return counts(result);
}
