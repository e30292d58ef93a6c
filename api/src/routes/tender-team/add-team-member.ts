import type { OpenAPIHono } from '@hono/zod-openapi';
import { AddTenderTeamMemberInput, TenderTeamParams, TenderTeamResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { addTenderTeamMember } from '../../services/tender-team/add-tender-team-member.ts';

const addMemberRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/team',
  operationId: 'addTenderTeamMember',
  tags: ['tenders'],
  summary: 'Add a member to a tender’s team in one capacity',
  description:
    'For the officers on the team until the award, naming the tender’s `version` read (409 ' +
    'when it changed since). The user must be an enabled officer or reviewer of the tender’s ' +
    'authority whose role allows the capacity (422 otherwise; a user of another authority is ' +
    'refused like one that does not exist); a capacity held already: 409. A deputy ' +
    '(`openingDeputy`) names the opening officer they stand in for (`deputyFor`) and is no ' +
    'opening officer themselves. The new membership is undeclared until its member declares ' +
    '(§ 6 VgV); nothing else changes.',
  request: {
    params: TenderTeamParams,
    body: { content: { 'application/json': { schema: AddTenderTeamMemberInput } } },
  },
  responses: {
    200: {
      description: 'The team with the new membership and the tender’s new version',
      content: { 'application/json': { schema: TenderTeamResponse } },
    },
  },
});

export function registerAddTenderTeamMember(router: OpenAPIHono<AppEnv>) {
  return router.openapi(addMemberRoute, async (c) => {
    const team = await addTenderTeamMember({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(team, 200);
  });
}
