import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, ReportDocumentQuery } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { renderMatrixXlsx } from '../../services/options-reviews/render-matrix-xlsx.ts';
import { documentContent, documentResponse } from './document-response.ts';

const mediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const getMatrixXlsxRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/matrix.xlsx',
  operationId: 'getOptionsReviewMatrixXlsx',
  tags: ['options-reviews'],
  summary: 'Download the matrix of an options review as XLSX',
  description:
    'One row per option, columns per award criterion: the offer’s data and, for scored criteria, ' +
    'the consensus score as far as the caller may see it. Headers in German or English.',
  request: { params: OptionsReviewParams, query: ReportDocumentQuery },
  responses: { 200: documentContent(mediaType, 'The matrix as an XLSX workbook') },
});

export function registerGetOptionsReviewMatrixXlsx(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getMatrixXlsxRoute, async (c) => {
    const { bytes, fileName } = await renderMatrixXlsx({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    return documentResponse(bytes, { mediaType, fileName }) as never;
  });
}
