import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  BidImportForm,
  BidImportQuery,
  BidImportSummary,
  Problem,
  TenderParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { requestLanguage } from '../../http/request-language.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { importBids } from '../../services/bid-imports/bid-imports.ts';
import { exportUploadOf, formDescription, maxBidImportBodyBytes } from './upload.ts';

const importRoute = defineRoute({
  method: 'post',
  path: '/tenders/{tenderId}/bid-imports',
  operationId: 'importBids',
  tags: ['bids'],
  summary: 'Import bids from a platform export',
  description:
    'Imports the bids the e-procurement platform received and opened (§ 55 VgV), all or none, ' +
    'in one transaction: the import with the SHA-256 of the export and of the opening record, ' +
    'who imported it and when; each bid with its canonical content (RFC 8785) and that ' +
    'content’s SHA-256, received at and late as the platform states; the tender moves on to ' +
    '`opened`; one entry in the audit log with the hashes. Any bad row or field gets one 422 ' +
    'that lists every error (`errors[].row` for a sheet’s row, `errors[].pointer` into a JSON ' +
    'export, the field at the start of `detail`), and nothing is stored. The same file again ' +
    '(same SHA-256) changes nothing and answers 200 with the earlier import; a different file ' +
    'may add bids later (e.g. another lot) while the tender is `opened`. ' +
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
      description: 'This very file was imported before; nothing changed',
      content: { 'application/json': { schema: BidImportSummary } },
    },
    201: {
      description: 'The import',
      content: { 'application/json': { schema: BidImportSummary } },
    },
    422: {
      description: 'Nothing was imported: each error names its row and field',
      content: {
        'application/problem+json': {
          schema: Problem,
          example: {
            type: '/api/problems/validation-failed',
            title: 'The request is invalid',
            status: 422,
            detail: 'The file was not imported: 1 errors. No bid was stored.',
            instance: '/api/v1/tenders/3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d/bid-imports',
            requestId: '5f0c6a52-8d3e-4e43-9a6c-3b1f0f2d7a10',
            errors: [
              {
                in: 'body',
                pointer: '/file',
                row: 3,
                detail: 'totalPrice: “12x” is not a number; write e.g. 1.234,56 (decimal comma).',
              },
            ],
          },
        },
      },
    },
  },
});

export function registerImportBids(router: OpenAPIHono<AppEnv>) {
  return router.openapi(importRoute, async (c) => {
    const language = requestLanguage(c, ['en', 'de'], c.req.valid('query').lang);
    const { created, summary } = await importBids({
      ctx: await serviceContextOf(c),
      input: {
        ...c.req.valid('param'),
        ...(await exportUploadOf(c, c.req.valid('form'), language)),
      },
    });
    c.header('cache-control', 'no-store');
    return created ? c.json(summary, 201) : c.json(summary, 200);
  });
}
