import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  OptionImportQuery,
  OptionImportResponse,
  OptionsReviewParams,
  Problem,
} from '@tenderwise/schema';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { requestLanguage } from '../../http/request-language.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { importOptions } from '../../services/options-reviews/import-options.ts';

/** Room for a few hundred options with long answers; a zip bomb is caught by its contents. */
export const maxImportBodyBytes = 4 * 1024 * 1024;

const file = (description: string) => ({
  schema: z.string().meta({ format: 'binary', description }),
});

const importOptionsRoute = defineRoute({
  method: 'post',
  path: '/{reviewId}/options/import',
  operationId: 'importOptionsReviewOptions',
  tags: ['options-reviews'],
  summary: 'Import options from an XLSX or CSV file',
  description:
    'For officers who take part, until the review is concluded. The request body is the file ' +
    'itself, shaped like `getOptionsReviewImportTemplate` (headings in German or English, any ' +
    'order, columns may be left out): an XLSX workbook (its first sheet) or a CSV file in UTF-8, ' +
    'semicolon-separated, numbers with a decimal comma. The file is judged by its bytes; one ' +
    'whose content is not its declared type gets 415. All options are created, or none: every ' +
    'cell that cannot be read, every name used twice in the file or already in the review, and ' +
    'whatever `createOptionsReviewOption` refuses in an offer is named in one 422 with its row ' +
    '(the heading row is 1) and column letter, in the language asked for. At most 500 rows.',
  maxBodyBytes: maxImportBodyBytes,
  request: {
    params: OptionsReviewParams,
    query: OptionImportQuery,
    body: {
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': file('XLSX workbook'),
        'text/csv': file('CSV, UTF-8, semicolon- or comma-separated'),
      },
    },
  },
  responses: {
    201: {
      description: 'The new options, each at version 1',
      content: { 'application/json': { schema: OptionImportResponse } },
    },
    422: {
      description: 'The file was not imported: each error names its row and column',
      content: {
        'application/problem+json': {
          schema: Problem,
          example: {
            type: '/api/problems/validation-failed',
            title: 'The request is invalid',
            status: 422,
            detail: 'The file was not imported: 2 errors. No option was created.',
            instance: '/api/v1/options-reviews/7a1e5c2b-4d3f-4b6a-9e8d-1c2b3a4f5e60/options/import',
            requestId: '5f0c6a52-8d3e-4e43-9a6c-3b1f0f2d7a10',
            errors: [
              {
                in: 'body',
                pointer: '',
                row: 3,
                column: 'E',
                detail: '“99,9x” is not a number; write e.g. 1.234,56 (with a decimal comma).',
              },
              {
                in: 'body',
                pointer: '',
                row: 4,
                column: 'A',
                detail: 'Row 2 has the same name already.',
              },
            ],
          },
        },
      },
    },
  },
});

export function registerImportOptionsReviewOptions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(importOptionsRoute, async (c) => {
    const query = c.req.valid('query');
    const result = await importOptions({
      ctx: await serviceContextOf(c),
      input: {
        ...c.req.valid('param'),
        mediaType: (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase(),
        bytes: new Uint8Array(await c.req.arrayBuffer()),
        language: requestLanguage(c, ['en', 'de'], query.lang),
      },
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 201);
  });
}
