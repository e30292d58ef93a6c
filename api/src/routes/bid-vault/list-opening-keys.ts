import type { OpenAPIHono } from '@hono/zod-openapi';
import { OpeningKeysResponse, TenderTeamParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listOpeningKeys } from '../../services/bid-vault/list-opening-keys.ts';

const listOpeningKeysRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/opening-keys',
  operationId: 'listOpeningKeys',
  tags: ['bids'],
  summary: 'List who opens the bids, and who has set an opening passphrase',
  description:
    'For the team. The opening officers and deputies (§ 55 VgV) with the time each set their ' +
    'opening passphrase, and, once the tender is published with bids in the vault (`sealed`), ' +
    'whether a share of its key was sealed to them. Any `threshold` of them open the bids ' +
    'together. No key material is ever returned.',
  problems: [404],
  request: { params: TenderTeamParams },
  responses: {
    200: {
      description: 'The opening key holders',
      content: { 'application/json': { schema: OpeningKeysResponse } },
    },
  },
});

export function registerListOpeningKeys(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listOpeningKeysRoute, async (c) => {
    const keys = await listOpeningKeys({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(keys, 200);
  });
}
