import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderTeamParams, TenderTeamResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenderTeam } from '../../services/tender-team/list-tender-team.ts';

const listTeamRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/team',
  operationId: 'listTenderTeam',
  tags: ['tenders'],
  summary: 'Show the team of a tender',
  description:
    'For everybody on the team: each member with display name, role and capacities (officer, ' +
    'opening officer, deputy with whom they stand in for, evaluator, reviewer), who added them ' +
    'and when, their declarations of no conflict of interest (§ 6 VgV) with the text version, ' +
    'the lead marked; what the team lacks for the publication (`findings`); and the ' +
    'declaration text every member makes.',
  request: { params: TenderTeamParams },
  responses: {
    200: {
      description: 'The team',
      content: { 'application/json': { schema: TenderTeamResponse } },
    },
  },
});

export function registerListTenderTeam(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listTeamRoute, async (c) => {
    const team = await listTenderTeam({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(team, 200);
  });
}
