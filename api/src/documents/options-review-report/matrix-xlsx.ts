import type { OptionsReviewReport, ReportLanguage } from '@tenderwise/schema';
import { toXlsx } from '../spreadsheets/xlsx.ts';
import { labelsOf } from './labels.ts';
import { reportMatrix } from './matrix.ts';

/** The matrix as one worksheet with a frozen header row; numbers stay numbers. */
export function renderMatrixXlsx(
  report: OptionsReviewReport,
  lang: ReportLanguage,
): Promise<Uint8Array> {
  const matrix = reportMatrix(report, lang);
  return toXlsx([
    {
      name: labelsOf(lang).matrixSheet,
      rows: [matrix.header, ...matrix.rows],
      widths: matrix.header.map((_, index) => (index === 0 ? 32 : 22)),
      stickyHeader: true,
    },
  ]);
}
