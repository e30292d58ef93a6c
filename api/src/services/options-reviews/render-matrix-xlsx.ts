import type { ReportDocumentQuery } from '@tenderwise/schema';
import { reportFileName } from '../../documents/options-review-report/file-names.ts';
import { renderMatrixXlsx as render } from '../../documents/options-review-report/matrix-xlsx.ts';
import type { ServiceContext } from '../context.ts';
import { userIdOf } from './get-report.ts';
import { readReport } from './read-report.ts';
import { readableReview } from './review-steps.ts';

/** The matrix (options × criteria) as an XLSX workbook in German or English. */
export async function renderMatrixXlsx({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ReportDocumentQuery & { reviewId: string };
}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const access = await readableReview(ctx, 'getOptionsReviewMatrixXlsx', input.reviewId);
  const { lang, ...query } = input;
  const report = await readReport(ctx, { access, userId: userIdOf(ctx), ...query });
  return { bytes: await render(report, lang), fileName: reportFileName(report, lang, 'xlsx') };
}
