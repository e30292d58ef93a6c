import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, ReportDocumentQuery } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { renderReportPdf } from '../../services/options-reviews/render-report-pdf.ts';
import { documentContent, documentResponse } from './document-response.ts';

const mediaType = 'application/pdf';

const getReportPdfRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/report.pdf',
  operationId: 'getOptionsReviewReportPdf',
  tags: ['options-reviews'],
  summary: 'Download the report of an options review as PDF',
  description:
    'The report (`getOptionsReviewReport`) as an A4 PDF in German or English with embedded ' +
    'fonts. Its creation date is the report’s as-of time, so the same state gives the same bytes.',
  request: { params: OptionsReviewParams, query: ReportDocumentQuery },
  responses: { 200: documentContent(mediaType, 'The report as PDF') },
});

export function registerGetOptionsReviewReportPdf(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getReportPdfRoute, async (c) => {
    const { bytes, fileName } = await renderReportPdf({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    return documentResponse(bytes, { mediaType, fileName }) as never;
  });
}
