import type { OpenAPIHono } from '@hono/zod-openapi';
import { OpeningRecordResponse, TenderTeamParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getOpeningRecord } from '../../services/bid-opening/get-opening-record.ts';

const getOpeningRecordRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/opening-record',
  operationId: 'getOpeningRecord',
  tags: ['bids'],
  summary: 'Read the opening record (Niederschrift)',
  description:
    'For the team, after the bids were opened in the vault (404 before). The record of § 55 (2) ' +
    'VgV: tender, start and end of the session, the holders present, and every bid with lot, ' +
    'bidder, time of receipt (UTC, ms), late flag, price, receipt hash and its check. ' +
    '`recordSha256` is the SHA-256 of the record’s canonical JSON (RFC 8785) as stored.',
  problems: [404],
  request: { params: TenderTeamParams },
  responses: {
    200: {
      description: 'The opening record',
      content: { 'application/json': { schema: OpeningRecordResponse } },
    },
  },
});

export function registerGetOpeningRecord(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getOpeningRecordRoute, async (c) => {
    const record = await getOpeningRecord({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(record, 200);
  });
}
