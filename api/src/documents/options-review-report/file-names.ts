import type { OptionsReviewReport, ReportLanguage } from '@tenderwise/schema';

const stems: Record<ReportLanguage, { pdf: string; xlsx: string; csv: string }> = {
  de: { pdf: 'Bericht', xlsx: 'Matrix', csv: 'Matrix' },
  en: { pdf: 'Report', xlsx: 'Matrix', csv: 'Matrix' },
};

/**
 * A file name that says what the file is: the review's title in plain letters, the scheme version
 * and the as-of date, e.g. `Bericht_Kollaborationsplattform_v2_2027-01-20.pdf`.
 */
export function reportFileName(
  report: OptionsReviewReport,
  lang: ReportLanguage,
  extension: 'pdf' | 'xlsx' | 'csv',
): string {
  const title = report.review.title
    .normalize('NFKD')
    .replace(/ß/g, 'ss')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const date = report.asOf.slice(0, 10);
  return `${stems[lang][extension]}_${title || 'review'}_v${report.schemeVersion.number}_${date}.${extension}`;
}
