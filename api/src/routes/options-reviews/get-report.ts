import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, OptionsReviewReport, ReportQuery } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getReport } from '../../services/options-reviews/get-report.ts';

const getReportRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/report',
  operationId: 'getOptionsReviewReport',
  tags: ['options-reviews'],
  summary: 'Read the report of an options review',
  description:
    'For its lead and members: everything the report shows, as data for the print view — the ' +
    'review and its members, the scheme version (the latest unless named) with its weights and ' +
    'commitment, the options with their offers, the scoring as blind as the scoring itself, and ' +
    'the audit chain head, whose time is the report’s as-of time.',
  request: { params: OptionsReviewParams, query: ReportQuery },
  responses: {
    200: {
      description: 'The report',
      content: { 'application/json': { schema: OptionsReviewReport } },
    },
  },
});

export function registerGetOptionsReviewReport(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getReportRoute, async (c) => {
    const report = await getReport({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(report, 200);
  });
}
