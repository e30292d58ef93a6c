import type { OpenAPIHono } from '@hono/zod-openapi';
import { BidImportForm, BidImportPreview, BidImportQuery, TenderParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { requestLanguage } from '../../http/request-language.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { previewBidImport } from '../../services/bid-imports/bid-imports.ts';
import { exportUploadOf, formDescription, maxBidImportBodyBytes } from './upload.ts';

const previewRoute = defineRoute({
  method: 'post',
  path: '/tenders/{tenderId}/bid-imports/preview',
  operationId: 'previewBidImport',
  tags: ['bids'],
  summary: 'Preview the import of a platform export of bids',
  description:
    'Reads the export exactly as `importBids` would and stores nothing: the bids per lot as ' +
    'they would be stored (with the SHA-256 of each bid’s canonical content), the columns found ' +
    'in a sheet (to map them), and every error by row (the sheet’s row, the heading row is 1, ' +
    'or the bid’s JSON pointer) and field, in the language asked for. `alreadyImported` names ' +
    'the earlier import of the very same file. Before the submission deadline a sample file may ' +
    'be previewed to prepare the mapping; the preview then lists an error for ' +
    '`submissionDeadline`, as the import would be refused (409). ' +
    formDescription,
  maxBodyBytes: maxBidImportBodyBytes,
  request: {
    params: TenderParams,
    query: BidImportQuery,
    body: { content: { 'multipart/form-data': { schema: BidImportForm } } },
  },
  problems: [409],
  responses: {
    200: {
      description: 'What the import would store, and every error',
      content: { 'application/json': { schema: BidImportPreview } },
    },
  },
});

export function registerPreviewBidImport(router: OpenAPIHono<AppEnv>) {
  return router.openapi(previewRoute, async (c) => {
    const language = requestLanguage(c, ['en', 'de'], c.req.valid('query').lang);
    const preview = await previewBidImport({
      ctx: await serviceContextOf(c),
      input: {
        ...c.req.valid('param'),
        ...(await exportUploadOf(c, c.req.valid('form'), language)),
      },
    });
    c.header('cache-control', 'no-store');
    return c.json(preview, 200);
  });
}
