import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  RemoveTenderTeamMemberQuery,
  TenderTeamMemberParams,
  TenderTeamResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { removeTenderTeamMember } from '../../services/tender-team/remove-tender-team-member.ts';

const removeMemberRoute = defineRoute({
  method: 'delete',
  path: '/{tenderId}/team/{userId}/{capacity}',
  operationId: 'removeTenderTeamMember',
  tags: ['tenders'],
  summary: 'Remove one capacity of a member from a tender’s team',
  description:
    'For the officers on the team until the award, naming the tender’s `version` read (409 ' +
    'when it changed since). The lead’s officer capacity stays (422); an opening officer with ' +
    'a deputy is removed only after the deputy (422). A member left without capacities is off ' +
    'the team and no longer finds the tender.',
  request: { params: TenderTeamMemberParams, query: RemoveTenderTeamMemberQuery },
  responses: {
    200: {
      description: 'The team without the membership and the tender’s new version',
      content: { 'application/json': { schema: TenderTeamResponse } },
    },
  },
});

export function registerRemoveTenderTeamMember(router: OpenAPIHono<AppEnv>) {
  return router.openapi(removeMemberRoute, async (c) => {
    const team = await removeTenderTeamMember({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(team, 200);
  });
}
