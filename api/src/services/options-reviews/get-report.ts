import type { OptionsReviewReport, ReportQuery } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { readReport } from './read-report.ts';
import { readableReview } from './review-steps.ts';

/** The report of a review as data, for the print view: what the PDF shows. */
export async function getReport({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ReportQuery & { reviewId: string };
}): Promise<OptionsReviewReport> {
  const access = await readableReview(ctx, 'getOptionsReviewReport', input.reviewId);
  return readReport(ctx, { access, userId: userIdOf(ctx), ...input });
}

/** The policy rows admit only signed-in members; this narrows the type. */
export function userIdOf(ctx: ServiceContext): string {
  if (ctx.principal.kind !== 'user') throw new Error('Only signed-in users read reports');
  return ctx.principal.userId;
}
