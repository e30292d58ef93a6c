import type { OpenAPIHono } from '@hono/zod-openapi';
import { BidImportTemplateQuery, TenderParams } from '@tenderwise/schema';
import { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import { requestLanguage } from '../../http/request-language.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getBidImportTemplate } from '../../services/bid-imports/bid-imports.ts';

const file = (description: string) => ({
  schema: z.string().meta({ format: 'binary', description }),
});

const templateRoute = defineRoute({
  method: 'get',
  path: '/tenders/{tenderId}/bid-import-template',
  operationId: 'getBidImportTemplate',
  tags: ['bids'],
  summary: 'Download a template for a platform export of bids',
  description:
    'For officers on the tender’s team, once it is published, for tenders whose bids are ' +
    'received on the e-procurement platform (others: 409). One heading per column, in German ' +
    'or English: the lot (with several lots), received at, late, the bidder, group members and ' +
    'representative, subcontractors, the total price or each life-cycle cost component, the ' +
    'declarations, the declarant, and one answer column per criterion of each lot’s latest ' +
    'published scheme version (`Title [id]`). Attestation criteria need evidence, which only ' +
    'the JSON format (`BidImportFile`) carries. XLSX adds a sheet of notes on each column; CSV ' +
    'uses semicolons, UTF-8 with a byte order mark, numbers with a decimal comma.',
  request: { params: TenderParams, query: BidImportTemplateQuery },
  problems: [409],
  responses: {
    200: {
      description: 'The template, as an attachment',
      headers: {
        'content-disposition': {
          description: 'attachment, with the file name',
          schema: { type: 'string', example: 'attachment; filename="angebote-vorlage-VG-1.xlsx"' },
        },
      },
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': file('XLSX workbook'),
        'text/csv': file('CSV, semicolon-separated, UTF-8 with BOM'),
      },
    },
  },
});

export function registerGetBidImportTemplate(router: OpenAPIHono<AppEnv>) {
  return router.openapi(templateRoute, async (c) => {
    const query = c.req.valid('query');
    const template = await getBidImportTemplate({
      ctx: await serviceContextOf(c),
      input: {
        ...c.req.valid('param'),
        format: query.format,
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
