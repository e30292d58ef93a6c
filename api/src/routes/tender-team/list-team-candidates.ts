import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  TenderTeamCandidateListQuery,
  TenderTeamCandidateListResponse,
  TenderTeamParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenderTeamCandidates } from '../../services/tender-team/list-tender-team-candidates.ts';

const listCandidatesRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/team/candidates',
  operationId: 'listTenderTeamCandidates',
  tags: ['tenders'],
  summary: 'List the users who could join a tender’s team',
  description:
    'For the officers on the team until the award: the enabled officers and reviewers of the ' +
    'tender’s authority, members included, with the capacities each holds and may still take ' +
    '(officer, opening officer and deputy: officers; evaluator and reviewer: officers and ' +
    'reviewers), to pick from for `addTenderTeamMember`.',
  request: { params: TenderTeamParams, query: TenderTeamCandidateListQuery },
  responses: {
    200: {
      description: 'One page of candidates',
      content: { 'application/json': { schema: TenderTeamCandidateListResponse } },
    },
  },
});

export function registerListTenderTeamCandidates(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listCandidatesRoute, async (c) => {
    const page = await listTenderTeamCandidates({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
