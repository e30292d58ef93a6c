import type { OptionsReviewReport, ReportLanguage } from '@tenderwise/schema';
import { matrixCsv } from '../spreadsheets/csv.ts';
import { reportMatrix } from './matrix.ts';

export function renderMatrixCsv(report: OptionsReviewReport, lang: ReportLanguage): string {
  return matrixCsv(reportMatrix(report, lang), lang);
}
