import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  BidImportMappingList,
  BidImportMappingParams,
  BidImportMappingResponse,
  SaveBidImportMappingInput,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import {
  getBidImportMapping,
  listBidImportMappings,
  saveBidImportMapping,
} from '../../services/bid-imports/mappings.ts';

const listRoute = defineRoute({
  method: 'get',
  path: '/bid-import-mappings',
  operationId: 'listBidImportMappings',
  tags: ['bids'],
  summary: 'List the authority’s column mappings of platform exports',
  description:
    'For officers: the column mappings their authority saved, one per e-procurement platform, ' +
    'by platform name. Other authorities’ mappings are not visible.',
  responses: {
    200: {
      description: 'The mappings',
      content: { 'application/json': { schema: BidImportMappingList } },
    },
  },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/bid-import-mappings/{platform}',
  operationId: 'getBidImportMapping',
  tags: ['bids'],
  summary: 'Read the authority’s column mapping of one platform',
  description:
    'For officers: the mapping their authority saved for the platform (URL-encode its name); ' +
    '404 when there is none.',
  request: { params: BidImportMappingParams },
  responses: {
    200: {
      description: 'The mapping',
      content: { 'application/json': { schema: BidImportMappingResponse } },
    },
  },
});

const saveRoute = defineRoute({
  method: 'put',
  path: '/bid-import-mappings/{platform}',
  operationId: 'saveBidImportMapping',
  tags: ['bids'],
  summary: 'Save the authority’s column mapping of one platform',
  description:
    'For officers: creates or replaces the mapping of the platform’s XLSX/CSV export for their ' +
    'authority (201 when new, 200 when replaced); the audit log records it. Imports of the ' +
    'platform’s sheets that send no mapping use it; each import keeps the mapping it used.',
  request: {
    params: BidImportMappingParams,
    body: { content: { 'application/json': { schema: SaveBidImportMappingInput } } },
  },
  responses: {
    200: {
      description: 'The mapping, replaced',
      content: { 'application/json': { schema: BidImportMappingResponse } },
    },
    201: {
      description: 'The mapping, new',
      content: { 'application/json': { schema: BidImportMappingResponse } },
    },
  },
});

export function registerBidImportMappings(router: OpenAPIHono<AppEnv>) {
  router.openapi(listRoute, async (c) => {
    const list = await listBidImportMappings({ ctx: await serviceContextOf(c) });
    c.header('cache-control', 'no-store');
    return c.json(list, 200);
  });
  router.openapi(getRoute, async (c) => {
    const mapping = await getBidImportMapping({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(mapping, 200);
  });
  router.openapi(saveRoute, async (c) => {
    const { created, mapping } = await saveBidImportMapping({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), mapping: c.req.valid('json').mapping },
    });
    return created ? c.json(mapping, 201) : c.json(mapping, 200);
  });
}
