import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionImportTemplateQuery, OptionsReviewParams } from '@tenderwise/schema';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { requestLanguage } from '../../http/request-language.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getOptionsImportTemplate } from '../../services/options-reviews/get-options-import-template.ts';

const file = (description: string) => ({
  schema: z.string().meta({ format: 'binary', description }),
});

const getImportTemplateRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/options/import-template',
  operationId: 'getOptionsReviewImportTemplate',
  tags: ['options-reviews'],
  summary: 'Download the template for importing options',
  description:
    'For the lead and members: an empty table for the review’s latest scheme, one heading per ' +
    'column (name, vendor, service; an answer per criterion; a value per metric criterion; per ' +
    'attestation rule whether it is held for the service and from and until when; the price or ' +
    'each life-cycle cost component), in German or English. Fill in one row per option and send ' +
    'the file to `importOptionsReviewOptions`. XLSX adds a sheet of notes on each column; CSV ' +
    'uses semicolons, UTF-8 with a byte order mark, and numbers with a decimal comma.',
  request: { params: OptionsReviewParams, query: OptionImportTemplateQuery },
  responses: {
    200: {
      description: 'The template, as an attachment',
      headers: {
        'content-disposition': {
          description: 'attachment, with the file name',
          schema: { type: 'string', example: 'attachment; filename="optionen-vorlage.xlsx"' },
        },
      },
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': file('XLSX workbook'),
        'text/csv': file('CSV, semicolon-separated, UTF-8 with BOM'),
      },
    },
  },
});

export function registerGetOptionsReviewImportTemplate(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getImportTemplateRoute, async (c) => {
    const query = c.req.valid('query');
    const template = await getOptionsImportTemplate({
      ctx: await serviceContextOf(c),
      input: {
        ...c.req.valid('param'),
        ...query,
        language: requestLanguage(c, ['en', 'de'], query.lang),
      },
    });
    return c.body(template.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': template.mediaType,
      'content-disposition': `attachment; filename="${template.fileName}"`,
      'cache-control': 'no-store',
    });
  });
}
