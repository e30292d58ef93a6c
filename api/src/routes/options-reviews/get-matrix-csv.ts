import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, ReportDocumentQuery } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { renderMatrixCsv } from '../../services/options-reviews/render-matrix-csv.ts';
import { documentContent, documentResponse } from './document-response.ts';

const mediaType = 'text/csv';

const getMatrixCsvRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/matrix.csv',
  operationId: 'getOptionsReviewMatrixCsv',
  tags: ['options-reviews'],
  summary: 'Download the matrix of an options review as CSV',
  description:
    'The matrix of `getOptionsReviewMatrixXlsx` as UTF-8 CSV with a byte order mark, `;` between ' +
    'fields and CRLF line ends; numbers with the language’s decimal mark (7,5 in German).',
  request: { params: OptionsReviewParams, query: ReportDocumentQuery },
  responses: { 200: documentContent(mediaType, 'The matrix as CSV') },
});

export function registerGetOptionsReviewMatrixCsv(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getMatrixCsvRoute, async (c) => {
    const { text, fileName } = await renderMatrixCsv({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    return documentResponse(text, {
      mediaType: `${mediaType}; charset=utf-8; header=present`,
      fileName,
    }) as never;
  });
}
