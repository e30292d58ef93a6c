import type { ReportDocumentQuery } from '@tenderwise/schema';
import { reportFileName } from '../../documents/options-review-report/file-names.ts';
import { renderMatrixCsv as render } from '../../documents/options-review-report/matrix-csv.ts';
import type { ServiceContext } from '../context.ts';
import { userIdOf } from './get-report.ts';
import { readReport } from './read-report.ts';
import { readableReview } from './review-steps.ts';

/** The matrix (options × criteria) as CSV: `;`, with a BOM, numbers as the language writes them. */
export async function renderMatrixCsv({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ReportDocumentQuery & { reviewId: string };
}): Promise<{ text: string; fileName: string }> {
  const access = await readableReview(ctx, 'getOptionsReviewMatrixCsv', input.reviewId);
  const { lang, ...query } = input;
  const report = await readReport(ctx, { access, userId: userIdOf(ctx), ...query });
  return { text: render(report, lang), fileName: reportFileName(report, lang, 'csv') };
}
