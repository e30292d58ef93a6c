import { createHash } from 'node:crypto';
import {
  BidImportMapping,
  type BidImportError,
  type BidImportFormat,
  type BidImportPreview,
} from '@tenderwise/schema';
import type { Kysely, Transaction } from 'kysely';
import type { TenderRow } from '../../db/repositories/tenders.ts';
import type { DB } from '../../db/types.ts';
import {
  checkBids,
  headingKey,
  readJsonExport,
  readSheetExport,
  sheetHeadings,
  type ImportLanguage,
  type ReadBid,
} from '../../documents/bid-imports/read-bids.ts';
import { bidImportTemplate, type TemplateLot } from '../../documents/bid-imports/template.ts';
import { readCsv, UnreadableCsvError } from '../../documents/spreadsheets/csv.ts';
import { spreadsheetKindOf } from '../../documents/spreadsheets/file-kind.ts';
import {
  readFirstSheet,
  UnreadableXlsxError,
  type ReadCell,
} from '../../documents/spreadsheets/xlsx.ts';
import { UnsafeZipError } from '../../documents/spreadsheets/zip-guard.ts';
import { UnsupportedMediaTypeError, ValidationError } from '../../domain/errors.ts';
import { canonicalHash } from '../../engine/canonical/canonical-json.ts';
import { importedBidders, publishedLots } from './import-target.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The uploaded parts of a preview or an import. */
export interface ExportUpload {
  fileName: string;
  file: Uint8Array;
  openingRecordName: string;
  openingRecord: Uint8Array;
  platform: string;
  /** The mapping as JSON text, when the form sent one. */
  mapping: string | undefined;
  /** For a sheet: when the platform opened the bids (ISO 8601). */
  openedAt?: string | undefined;
  language: ImportLanguage;
}

/** An export as read and checked: the preview's content and what an import stores. */
export interface ReadExport {
  format: BidImportFormat;
  fileSha256: string;
  openingRecordSha256: string;
  columns: string[];
  mapping: BidImportMapping | null;
  openedAt: string | null;
  bids: ReadBid[];
  errors: BidImportError[];
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const say = (language: ImportLanguage, de: string, en: string) => (language === 'de' ? de : en);

/**
 * What the export is, by its bytes: an XLSX workbook, or UTF-8 text that is our JSON format
 * (its first character an opening brace) or CSV. Anything else gets 415.
 */
async function formatOf(bytes: Uint8Array, language: ImportLanguage): Promise<BidImportFormat> {
  const kind = bytes.byteLength === 0 ? undefined : await spreadsheetKindOf(bytes);
  if (kind === 'xlsx') return 'xlsx';
  if (kind === 'csv') {
    const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '');
    return start.trimStart().startsWith('{') ? 'json' : 'csv';
  }
  throw new UnsupportedMediaTypeError(
    say(
      language,
      'Die Exportdatei ist weder JSON noch eine XLSX-Arbeitsmappe noch CSV in UTF-8.',
      'The export is neither JSON nor an XLSX workbook nor CSV in UTF-8.',
    ),
  );
}

/**
 * Reads an export and checks every bid against the tender: its format by content, the mapping
 * (sent, or saved for the platform by the authority) for a sheet, the content of each bid, the
 * criteria of each lot's latest published scheme version and bidders already imported.
 */
export async function readExport(
  db: Db,
  tender: TenderRow,
  upload: ExportUpload,
): Promise<ReadExport> {
  const { language } = upload;
  const format = await formatOf(upload.file, language);
  const fileSha256 = sha256Hex(upload.file);
  const openingRecordSha256 = sha256Hex(upload.openingRecord);
  const { lots, template } = await publishedLots(db, tender.id);
  const base = { format, fileSha256, openingRecordSha256 };
  if (format === 'json') {
    const read = readJsonExport(
      new TextDecoder('utf-8').decode(upload.file),
      { tenderReference: tender.reference },
      language,
    );
    const errors = [...read.errors];
    if (errors.length === 0) {
      errors.push(
        ...checkBids(
          read.bids,
          { lots, existingBidders: await importedBidders(db, tender.id) },
          language,
        ),
      );
    }
    return {
      ...base,
      columns: [],
      mapping: null,
      openedAt: read.openedAt,
      bids: read.bids,
      errors,
    };
  }
  const rows = await readSheet(format, upload.file, language);
  const columns = sheetHeadings(rows);
  const mapping = await mappingFor(db, tender.organisation_id, upload);
  if (mapping === undefined) {
    return {
      ...base,
      columns,
      // What the template's headings suggest, for the person who maps the columns.
      mapping: suggestedMapping(columns, template),
      openedAt: null,
      bids: [],
      errors: [
        {
          row: 1,
          field: 'mapping',
          message: say(
            language,
            `Für die Plattform „${upload.platform}“ ist keine Spaltenzuordnung gespeichert: ordnen Sie die Spalten zu.`,
            `No column mapping is saved for the platform “${upload.platform}”: map the columns.`,
          ),
        },
      ],
    };
  }
  const read = readSheetExport(rows, mapping, {
    language,
    singleLot: lots.size === 1 ? [...lots.keys()][0] : undefined,
    answerKinds: (lotNumber) => lots.get(lotNumber)?.criteria,
    priceKindOf: (lotNumber) => lots.get(lotNumber)?.price,
  });
  const errors = [...read.errors];
  errors.push(
    ...checkBids(
      read.bids,
      { lots, existingBidders: await importedBidders(db, tender.id) },
      language,
    ),
  );
  errors.sort((a, b) =>
    typeof a.row === 'number' && typeof b.row === 'number' ? a.row - b.row : 0,
  );
  return { ...base, columns, mapping, openedAt: null, bids: read.bids, errors };
}

/**
 * The mapping a sheet made from our template (in German or English) reads with: each of our
 * fields and criteria whose template heading is among the sheet's columns. Null when none is.
 */
function suggestedMapping(
  columns: readonly string[],
  template: readonly TemplateLot[],
): BidImportMapping | null {
  const byKey = new Map(columns.map((column) => [headingKey(column), column]));
  const result: { columns: Record<string, string>; answers: Record<string, string> } = {
    columns: {},
    answers: {},
  };
  for (const language of ['de', 'en'] as const) {
    const { mapping } = bidImportTemplate(template, language);
    for (const [field, heading] of Object.entries(mapping.columns)) {
      const column = byKey.get(headingKey(heading as string));
      if (column !== undefined) result.columns[field] ??= column;
    }
    for (const [id, heading] of Object.entries(mapping.answers)) {
      const column = byKey.get(headingKey(heading));
      if (column !== undefined) result.answers[id] ??= column;
    }
  }
  if (Object.keys(result.columns).length === 0 && Object.keys(result.answers).length === 0) {
    return null;
  }
  return result as BidImportMapping;
}

async function mappingFor(
  db: Db,
  organisationId: string,
  upload: ExportUpload,
): Promise<BidImportMapping | undefined> {
  if (upload.mapping !== undefined && upload.mapping.trim() !== '') {
    let data: unknown;
    try {
      data = JSON.parse(upload.mapping);
    } catch {
      throw mappingInvalid(upload.language, 'The mapping is not readable JSON.');
    }
    const parsed = BidImportMapping.safeParse(data);
    if (!parsed.success) {
      throw new ValidationError(
        say(
          upload.language,
          'Die Spaltenzuordnung ist ungültig.',
          'The column mapping is invalid.',
        ),
        parsed.error.issues.map((issue) => ({
          in: 'body' as const,
          pointer: `/mapping${issue.path.map((part) => `/${String(part)}`).join('')}`,
          detail: issue.message,
        })),
      );
    }
    return parsed.data;
  }
  const saved = await db
    .selectFrom('bid_import_mapping')
    .select('mapping')
    .where('organisation_id', '=', organisationId)
    .where('platform', '=', upload.platform)
    .executeTakeFirst();
  return saved === undefined ? undefined : BidImportMapping.parse(JSON.parse(saved.mapping));
}

function mappingInvalid(language: ImportLanguage, detail: string) {
  const text = say(language, 'Die Spaltenzuordnung ist kein lesbares JSON.', detail);
  return new ValidationError(text, [{ in: 'body', pointer: '/mapping', detail: text }]);
}

async function readSheet(
  format: 'xlsx' | 'csv',
  bytes: Uint8Array,
  language: ImportLanguage,
): Promise<ReadCell[][]> {
  try {
    if (format === 'csv') return readCsv(new TextDecoder('utf-8').decode(bytes));
    return await readFirstSheet(bytes);
  } catch (error) {
    if (
      error instanceof UnsafeZipError ||
      error instanceof UnreadableXlsxError ||
      error instanceof UnreadableCsvError
    ) {
      const detail = say(
        language,
        'Die Exportdatei wurde ungelesen abgelehnt: sie ist keine lesbare oder eine zu große Tabelle.',
        error.message,
      );
      throw new ValidationError(detail, [{ in: 'body', pointer: '/file', detail }]);
    }
    throw error;
  }
}

/** The preview's bids, per lot, with their content hashes. */
export function previewOf(
  read: ReadExport,
  upload: ExportUpload,
  alreadyImported: string | null,
  criteria: BidImportPreview['criteria'],
): BidImportPreview {
  const lots = new Map<number, BidImportPreview['lots'][number]['bids']>();
  read.bids.forEach((bid, index) => {
    const list = lots.get(bid.lotNumber) ?? [];
    list.push({
      position: index + 1,
      row: bid.row,
      receivedAt: bid.receivedAt,
      late: bid.late,
      content: bid.content,
      contentSha256: canonicalHash(bid.content),
    });
    lots.set(bid.lotNumber, list);
  });
  return {
    format: read.format,
    platform: upload.platform,
    fileName: upload.fileName,
    fileSha256: read.fileSha256,
    openedAt: read.openedAt,
    columns: read.columns,
    mapping: read.mapping,
    criteria,
    lots: [...lots.entries()]
      .sort(([a], [b]) => a - b)
      .map(([lotNumber, bids]) => ({ lotNumber, bids })),
    errors: read.errors,
    alreadyImported,
  };
}
