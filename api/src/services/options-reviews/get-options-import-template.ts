import type { OptionImportTemplateQuery } from '@tenderwise/schema';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import { toCsv } from '../../documents/spreadsheets/csv.ts';
import { csvMediaType } from '../../documents/spreadsheets/csv.ts';
import { xlsxMediaType } from '../../documents/spreadsheets/file-kind.ts';
import { toXlsx } from '../../documents/spreadsheets/xlsx.ts';
import {
  columnHint,
  importColumns,
  type ImportLanguage,
} from '../../domain/options-reviews/import-columns.ts';
import type { ServiceContext } from '../context.ts';
import { storedScheme } from '../views/options-reviews.ts';
import { readableReview } from './review-steps.ts';

/** A file to download: its bytes, media type and a name to save it under. */
export interface DownloadFile {
  bytes: Uint8Array;
  mediaType: string;
  fileName: string;
}

const sheetNames = {
  de: { options: 'Optionen', notes: 'Hinweise', column: 'Spalte', hint: 'So ausfüllen' },
  en: { options: 'Options', notes: 'Notes', column: 'Column', hint: 'How to fill it in' },
} as const;

/**
 * The file an options import takes, for the review's latest scheme: one heading row in the
 * language asked for, one row per option to be filled in below it. The XLSX workbook adds a
 * second sheet that says how each column is filled; the import reads the first sheet only.
 */
export async function getOptionsImportTemplate({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: OptionImportTemplateQuery & { reviewId: string; language: ImportLanguage };
}): Promise<DownloadFile> {
  await readableReview(ctx, 'getOptionsReviewImportTemplate', input.reviewId);
  const latest = await findLatestSchemeVersion(ctx.db, input.reviewId);
  const columns = importColumns(latest && storedScheme(latest));
  const language = input.language;
  const headings = columns.map((column) => column.heading[language]);
  const baseName = language === 'de' ? 'optionen-vorlage' : 'options-template';
  if (input.format === 'csv') {
    return {
      bytes: new TextEncoder().encode(toCsv([headings])),
      mediaType: `${csvMediaType}; charset=utf-8`,
      fileName: `${baseName}.csv`,
    };
  }
  const names = sheetNames[language];
  const bytes = await toXlsx([
    {
      name: names.options,
      rows: [headings],
      widths: headings.map((heading) => Math.min(Math.max(heading.length, 14), 60)),
      stickyHeader: true,
    },
    {
      name: names.notes,
      rows: [
        [names.column, names.hint],
        ...columns.map((column) => [column.heading[language], columnHint(column)[language]]),
      ],
      widths: [60, 70],
    },
  ]);
  return { bytes, mediaType: xlsxMediaType, fileName: `${baseName}.xlsx` };
}
