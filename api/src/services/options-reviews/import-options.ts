import type { OptionImportResponse } from '@tenderwise/schema';
import {
  insertOption,
  listOptionNamesLowerCase,
} from '../../db/repositories/options-review-options.ts';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import { csvMediaType, readCsv, UnreadableCsvError } from '../../documents/spreadsheets/csv.ts';
import {
  spreadsheetKindOf,
  xlsxMediaType,
  type SpreadsheetKind,
} from '../../documents/spreadsheets/file-kind.ts';
import { readFirstSheet, UnreadableXlsxError } from '../../documents/spreadsheets/xlsx.ts';
import { UnsafeZipError } from '../../documents/spreadsheets/zip-guard.ts';
import { UnsupportedMediaTypeError, ValidationError } from '../../domain/errors.ts';
import type { ImportLanguage } from '../../domain/options-reviews/import-columns.ts';
import { readImportRows, type ImportCell } from '../../domain/options-reviews/import-rows.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { optionResponse, storedScheme } from '../views/options-reviews.ts';
import { auditReviewChange, optionState, reviewRef } from './audit.ts';
import { changeReview, readableReview } from './review-steps.ts';

const operationId = 'importOptionsReviewOptions';
const action = 'options_review.options.imported';

/** The media types the import takes, and the kind of file each promises. */
export const importMediaTypes: Record<string, SpreadsheetKind> = {
  [xlsxMediaType]: 'xlsx',
  [csvMediaType]: 'csv',
};

/**
 * Creates options from a spreadsheet (XLSX) or CSV file shaped like the import template, all or
 * none: for the officers who take part, until the review is concluded. The file is judged by its
 * bytes as well as its declared type, an XLSX container is checked against zip bombs before it
 * is unpacked, and every cell that cannot be read, every name used twice (in the file or in the
 * review) and whatever create-option's offer check refuses is named at its row and column in one
 * 422. One audit entry records the import; its after-hash covers the new options' ids and states.
 */
export async function importOptions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { reviewId: string; mediaType: string; bytes: Uint8Array; language: ImportLanguage };
}): Promise<OptionImportResponse> {
  const { reviewId, language } = input;
  // Nobody who may not import gets the server to read a file.
  await readableReview(ctx, operationId, reviewId);
  const rows = await readFile(input.mediaType, input.bytes, language);
  return changeReview(ctx, { operationId, reviewId, action }, async ({ trx, now, caller }) => {
    const latest = await findLatestSchemeVersion(trx, reviewId);
    const taken = await listOptionNamesLowerCase(trx, reviewId);
    const read = readImportRows(rows, latest && storedScheme(latest), taken, language);
    if (!read.ok) {
      throw new ValidationError(
        language === 'de'
          ? `Die Datei wurde nicht importiert: ${read.errors.length} Fehler. Es wurde keine Option angelegt.`
          : `The file was not imported: ${read.errors.length} errors. No option was created.`,
        read.errors.map((error) => ({ in: 'body', pointer: '', ...error })),
      );
    }
    const created = [];
    for (const [index, option] of read.options.entries()) {
      created.push(
        await insertOption(trx, {
          name: option.name,
          vendorName: option.vendorName ?? null,
          serviceName: option.serviceName ?? null,
          offer: canonicalJson(option.offer),
          checkedAgainstSchemeVersion: latest?.number ?? null,
          reviewId,
          by: caller.userId,
          // A millisecond apart, so the options list (ordered by creation) keeps the file's order.
          at: new Date(now.getTime() + index),
        }),
      );
    }
    await auditReviewChange(trx, ctx, {
      action,
      object: reviewRef(reviewId),
      after: {
        reviewId,
        optionIds: created.map((row) => row.id),
        options: created.map(optionState),
      },
    });
    return { options: created.map((option) => optionResponse(option)) };
  });
}

/** The file's cells, after its type was confirmed by its content and an XLSX passed the guard. */
async function readFile(
  mediaType: string,
  bytes: Uint8Array,
  language: ImportLanguage,
): Promise<ImportCell[][]> {
  const declared = importMediaTypes[mediaType];
  const actual = bytes.byteLength === 0 ? undefined : await spreadsheetKindOf(bytes);
  const de = language === 'de';
  if (declared === undefined || actual !== declared) {
    throw new UnsupportedMediaTypeError(
      actual === undefined
        ? de
          ? 'Die Datei ist weder eine XLSX-Arbeitsmappe noch eine CSV-Datei in UTF-8. Speichern Sie sie als .xlsx oder als „CSV UTF-8“.'
          : 'The file is neither an XLSX workbook nor a CSV file in UTF-8. Save it as .xlsx or as “CSV UTF-8”.'
        : de
          ? `Der Inhalt der Datei ist ${actual.toUpperCase()}, nicht der angegebene Typ ${mediaType || '(keiner)'}.`
          : `The file’s content is ${actual.toUpperCase()}, not the declared type ${mediaType || '(none)'}.`,
    );
  }
  try {
    if (actual === 'csv') return readCsv(new TextDecoder('utf-8').decode(bytes));
    return await readFirstSheet(bytes);
  } catch (error) {
    if (
      error instanceof UnsafeZipError ||
      error instanceof UnreadableXlsxError ||
      error instanceof UnreadableCsvError
    ) {
      const detail =
        language === 'de'
          ? `Die Datei wurde ungelesen abgelehnt. ${germanReason(error)}`
          : error.message;
      throw new ValidationError(detail, [{ in: 'body', pointer: '', detail }]);
    }
    throw error;
  }
}

function germanReason(error: Error): string {
  if (error instanceof UnreadableCsvError)
    return 'Sie ist keine lesbare CSV-Datei (Anführungszeichen prüfen).';
  if (error instanceof UnreadableXlsxError)
    return 'Die Arbeitsmappe ist nicht lesbar; speichern Sie sie erneut als .xlsx.';
  return /zip bomb|unpack/.test(error.message)
    ? 'Sie würde beim Entpacken weit größer, als eine Tabelle sein kann (möglicherweise eine ZIP-Bombe).'
    : 'Sie ist keine vollständige XLSX-Arbeitsmappe.';
}
