import type { OptionsReviewReport, ReportLanguage } from '@tenderwise/schema';
import { matrixXlsx } from '../spreadsheets/xlsx.ts';
import { labelsOf } from './labels.ts';
import { reportMatrix } from './matrix.ts';

export function renderMatrixXlsx(report: OptionsReviewReport, lang: ReportLanguage): Promise<Uint8Array> {
  return matrixXlsx(reportMatrix(report, lang), labelsOf(lang).matrixSheet);
}
