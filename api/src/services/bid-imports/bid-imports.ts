import type { BidImportList, BidImportPreview, BidImportSummary } from '@tenderwise/schema';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { BidImportTable } from '../../db/tables/bids.ts';
import type { DB } from '../../db/types.ts';
import type { ImportLanguage } from '../../documents/bid-imports/read-bids.ts';
import { checkBids } from '../../documents/bid-imports/read-bids.ts';
import { bidImportTemplate } from '../../documents/bid-imports/template.ts';
import { csvMediaType, toCsv } from '../../documents/spreadsheets/csv.ts';
import { xlsxMediaType } from '../../documents/spreadsheets/file-kind.ts';
import { toXlsx } from '../../documents/spreadsheets/xlsx.ts';
import { ValidationError } from '../../domain/errors.ts';
import { canTransition } from '../../domain/tenders/tender-lifecycle.ts';
import { canonicalHash, canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, recordingTenderRefusals, tenderRef } from '../tenders/audit.ts';
import { changeTender, readableTender } from '../tenders/tender-steps.ts';
import {
  assertImportable,
  assertPlatformTender,
  importedBidders,
  publishedLots,
  submissionDeadlinePassed,
} from './import-target.ts';
import { previewOf, readExport, sha256Hex, type ExportUpload } from './read-export.ts';

type Db = Kysely<DB> | Transaction<DB>;

const say = (language: ImportLanguage, de: string, en: string) => (language === 'de' ? de : en);

/** A file to download: its bytes, media type and a name to save it under. */
export interface DownloadFile {
  bytes: Uint8Array;
  mediaType: string;
  fileName: string;
}

/**
 * The XLSX or CSV template for a tender's platform export: the columns of our fields and one
 * per criterion of each lot's latest published scheme version, with a notes row (XLSX: sheet).
 */
export async function getBidImportTemplate({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; format: 'xlsx' | 'csv'; language: ImportLanguage };
}): Promise<DownloadFile> {
  const { tender } = await readableTender(ctx, 'getBidImportTemplate', input.tenderId);
  const { template } = await publishedLots(ctx.db, tender.id);
  const { headings, hints } = bidImportTemplate(template, input.language);
  const baseName = `${input.language === 'de' ? 'angebote-vorlage' : 'bids-template'}-${tender.reference.replace(/[^A-Za-z0-9._-]/g, '_')}`;
  if (input.format === 'csv') {
    return {
      bytes: new TextEncoder().encode(toCsv([headings])),
      mediaType: `${csvMediaType}; charset=utf-8`,
      fileName: `${baseName}.csv`,
    };
  }
  const names =
    input.language === 'de'
      ? { bids: 'Angebote', notes: 'Hinweise', column: 'Spalte', hint: 'So ausfüllen' }
      : { bids: 'Bids', notes: 'Notes', column: 'Column', hint: 'How to fill it in' };
  const bytes = await toXlsx([
    {
      name: names.bids,
      rows: [headings],
      widths: headings.map((heading) => Math.min(Math.max(heading.length, 14), 60)),
      stickyHeader: true,
    },
    {
      name: names.notes,
      rows: [[names.column, names.hint], ...headings.map((heading, i) => [heading, hints[i]!])],
      widths: [60, 70],
    },
  ]);
  return { bytes, mediaType: xlsxMediaType, fileName: `${baseName}.xlsx` };
}

/**
 * Reads a platform export as the import would, and stores nothing: the bids per lot as they
 * would be stored, and every error by row and field. Before the submission deadline a sample
 * file may be previewed (to prepare the column mapping); the preview then says that the import
 * waits for the deadline.
 */
export async function previewBidImport({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ExportUpload & { tenderId: string };
}): Promise<BidImportPreview> {
  const { tender } = await readableTender(ctx, 'previewBidImport', input.tenderId);
  assertPlatformTender(tender);
  const existing = await findImportByFile(ctx.db, tender.id, sha256Hex(input.file));
  const read = await readExport(ctx.db, tender, input);
  // Before the deadline a sample file can be previewed (to prepare the mapping), not imported.
  if (!submissionDeadlinePassed(tender, await ctx.clock.now(ctx.db as Kysely<DB>))) {
    read.errors.unshift({
      row: 1,
      field: 'submissionDeadline',
      message: say(
        input.language,
        'Die Angebotsfrist ist noch nicht abgelaufen: Angebote werden erst danach geöffnet und importiert (§ 55 Abs. 1 VgV).',
        'The submission deadline has not passed: bids are opened, and imported, only after it (§ 55 (1) VgV).',
      ),
    });
  }
  if (read.format !== 'json' && read.openedAt === null && input.openedAt === undefined) {
    read.errors.push(openedAtMissing(input.language));
  }
  const openedAt = read.openedAt ?? input.openedAt;
  const { template } = await publishedLots(ctx.db, tender.id);
  return previewOf(
    { ...read, openedAt: openedAt === undefined ? null : new Date(openedAt).toISOString() },
    input,
    existing?.id ?? null,
    template.flatMap((lot) =>
      lot.criteria.map((criterion) => ({ lotNumber: lot.lotNumber, ...criterion })),
    ),
  );
}

function openedAtMissing(language: ImportLanguage) {
  return {
    row: 1,
    field: 'openedAt',
    message: say(
      language,
      'Geben Sie an, wann die Plattform die Angebote geöffnet hat (laut Öffnungsniederschrift).',
      'State when the platform opened the bids (as its opening record says).',
    ),
  };
}

/**
 * Imports the bids of a platform export, all or none: one `bid_import` with the SHA-256 of the
 * export and of the opening record, one bid and its opened content per bid, the tender moved on
 * to `opened`, one audit entry with the hashes; in one transaction. The same file again (same
 * SHA-256) changes nothing and returns the earlier import (`created: false`).
 */
export async function importBids({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ExportUpload & { tenderId: string; openedAt?: string };
}): Promise<{ created: boolean; summary: BidImportSummary }> {
  const operationId = 'importBids';
  const { tender } = await readableTender(ctx, operationId, input.tenderId);
  // A refused import (a vault tender, before the deadline) is recorded like any refused change.
  await recordingTenderRefusals(
    ctx,
    { action: 'tender.bids.imported', object: tenderRef(tender.id) },
    async () => assertImportable(tender, await ctx.clock.now(ctx.db as Kysely<DB>)),
  );
  const fileSha256 = sha256Hex(input.file);
  const earlier = await findImportByFile(ctx.db, tender.id, fileSha256);
  if (earlier !== undefined) return { created: false, summary: await summaryOf(ctx.db, earlier) };

  const read = await readExport(ctx.db, tender, input);
  const openedAt = read.openedAt ?? input.openedAt;
  if (openedAt === undefined) read.errors.push(openedAtMissing(input.language));
  if (read.errors.length > 0) throw importRefused(read.errors, input.language);

  return changeTender(
    ctx,
    { operationId, tenderId: tender.id, action: 'tender.bids.imported' },
    async ({ trx, current, now, caller }) => {
      assertImportable(current.tender, now);
      const again = await findImportByFile(trx, tender.id, fileSha256);
      if (again !== undefined) return { created: false, summary: await summaryOf(trx, again) };
      // Another import may have finished while this file was read.
      const { lots } = await publishedLots(trx, tender.id);
      const late = checkBids(
        read.bids,
        { lots, existingBidders: await importedBidders(trx, tender.id) },
        input.language,
      );
      if (late.length > 0) throw importRefused(late, input.language);

      const row = await trx
        .insertInto('bid_import')
        .values({
          tender_id: tender.id,
          platform: input.platform,
          format: read.format,
          file_name: input.fileName,
          file_bytes: input.file.byteLength,
          file_sha256: fileSha256,
          opening_record_name: input.openingRecordName,
          opening_record_sha256: read.openingRecordSha256,
          opened_on_platform_at: new Date(openedAt!),
          mapping: read.mapping === null ? null : canonicalJson(read.mapping),
          bid_count: read.bids.length,
          imported_by: caller.userId,
          imported_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const contents: { lotNumber: number; contentSha256: string }[] = [];
      for (const [index, bid] of read.bids.entries()) {
        const inserted = await trx
          .insertInto('bid')
          .values({
            tender_id: tender.id,
            lot_number: bid.lotNumber,
            source: 'import',
            organisation_id: null,
            organisation_kind: null,
            import_id: row.id,
            import_position: index + 1,
            created_at: now,
            withdrawn_at: null,
            withdrawn_by_user_id: null,
            withdrawn_by_api_key_id: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const content = canonicalJson(bid.content);
        const contentSha256 = canonicalHash(bid.content);
        await trx
          .insertInto('bid_opened_content')
          .values({
            bid_id: inserted.id,
            submission_number: 1,
            content,
            content_sha256: contentSha256,
            received_at: new Date(bid.receivedAt),
            late: bid.late,
            opening_session_id: null,
            opened_at: new Date(openedAt!),
          })
          .execute();
        contents.push({ lotNumber: bid.lotNumber, contentSha256 });
      }
      // published → submissionClosed → opened: the deadline passed, and the platform opened them.
      const before = current.tender.state;
      if (before !== 'opened') {
        const path = before === 'published' ? ['submissionClosed', 'opened'] : ['opened'];
        let from = before;
        for (const to of path) {
          if (!canTransition(from, to as typeof from)) {
            throw new Error(`A tender cannot move from ${from} to ${to}`);
          }
          from = to as typeof from;
        }
        await trx
          .updateTable('tender')
          .set({ state: 'opened', version: current.tender.version + 1, updated_at: now })
          .where('id', '=', tender.id)
          .execute();
      }
      await auditTenderChange(trx, ctx, {
        action: 'tender.bids.imported',
        object: tenderRef(tender.id),
        before: { state: before },
        after: {
          state: 'opened',
          importId: row.id,
          platform: input.platform,
          fileSha256,
          openingRecordSha256: read.openingRecordSha256,
          bids: contents,
        },
      });
      return { created: true, summary: await summaryOf(trx, row) };
    },
  );
}

function importRefused(
  errors: readonly { row: number | string; field: string; message: string }[],
  language: ImportLanguage,
) {
  return new ValidationError(
    say(
      language,
      `Die Datei wurde nicht importiert: ${errors.length} Fehler. Es wurde kein Angebot gespeichert.`,
      `The file was not imported: ${errors.length} errors. No bid was stored.`,
    ),
    errors.map((error) =>
      typeof error.row === 'number'
        ? {
            in: 'body' as const,
            pointer: '/file',
            row: error.row,
            detail: `${error.field}: ${error.message}`,
          }
        : {
            in: 'body' as const,
            pointer: `/file${error.row === '/' ? '' : error.row}${error.field === '' ? '' : `/${error.field}`}`,
            detail: error.message,
          },
    ),
  );
}

/** The tender's imports, newest first. */
export async function listBidImports({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<BidImportList> {
  const { tender } = await readableTender(ctx, 'listBidImports', input.tenderId);
  const rows = await ctx.db
    .selectFrom('bid_import')
    .selectAll()
    .where('tender_id', '=', tender.id)
    .orderBy('imported_at', 'desc')
    .orderBy('id')
    .execute();
  const imports = [];
  for (const row of rows) imports.push(await summaryOf(ctx.db, row));
  return { imports };
}

function findImportByFile(db: Db, tenderId: string, fileSha256: string) {
  return db
    .selectFrom('bid_import')
    .selectAll()
    .where('tender_id', '=', tenderId)
    .where('file_sha256', '=', fileSha256)
    .executeTakeFirst();
}

async function summaryOf(db: Db, row: Selectable<BidImportTable>): Promise<BidImportSummary> {
  const perLot = await db
    .selectFrom('bid')
    .select(['lot_number', (eb) => eb.fn.countAll<string | number>().as('bids')])
    .where('import_id', '=', row.id)
    .groupBy('lot_number')
    .orderBy('lot_number')
    .execute();
  return {
    id: row.id,
    tenderId: row.tender_id,
    platform: row.platform,
    format: row.format,
    fileName: row.file_name,
    fileBytes: row.file_bytes,
    fileSha256: row.file_sha256,
    openingRecordName: row.opening_record_name,
    openingRecordSha256: row.opening_record_sha256,
    openedOnPlatformAt: row.opened_on_platform_at.toISOString(),
    bidCount: row.bid_count,
    bidsPerLot: perLot.map((lot) => ({ lotNumber: lot.lot_number, bids: Number(lot.bids) })),
    importedBy: row.imported_by,
    importedAt: row.imported_at.toISOString(),
  };
}
