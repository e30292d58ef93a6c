import type { ReportDocumentQuery } from '@tenderwise/schema';
import { renderReportPdf as render } from '../../documents/options-review-report/report-pdf.ts';
import { reportFileName } from '../../documents/options-review-report/file-names.ts';
import type { ServiceContext } from '../context.ts';
import { userIdOf } from './get-report.ts';
import { readReport } from './read-report.ts';
import { readableReview } from './review-steps.ts';

/** The report as a PDF in German or English; the same state gives the same bytes. */
export async function renderReportPdf({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ReportDocumentQuery & { reviewId: string };
}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const access = await readableReview(ctx, 'getOptionsReviewReportPdf', input.reviewId);
  const { lang, ...query } = input;
  const report = await readReport(ctx, { access, userId: userIdOf(ctx), ...query });
  return { bytes: await render(report, lang), fileName: reportFileName(report, lang, 'pdf') };
}
