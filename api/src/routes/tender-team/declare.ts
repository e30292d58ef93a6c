import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  DeclareNoConflictOfInterestInput,
  TenderTeamParams,
  TenderTeamResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { declareNoConflictOfInterest } from '../../services/tender-team/declare-no-conflict-of-interest.ts';

const declareRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/declaration',
  operationId: 'declareNoConflictOfInterest',
  tags: ['tenders'],
  summary: 'Declare no conflict of interest in a tender (§ 6 VgV)',
  description:
    'For each member of the team, for themselves: declares the text of `declarationText` (its ' +
    '`version` sent as `textVersion`; a text changed since: 409) for every capacity held. ' +
    'Declaring again keeps the earlier declarations with their time and version and declares ' +
    'only capacities added since (200). The tender’s version does not change.',
  request: {
    params: TenderTeamParams,
    body: { content: { 'application/json': { schema: DeclareNoConflictOfInterestInput } } },
  },
  responses: {
    200: {
      description: 'The team with the declaration',
      content: { 'application/json': { schema: TenderTeamResponse } },
    },
  },
});

export function registerDeclareNoConflictOfInterest(router: OpenAPIHono<AppEnv>) {
  return router.openapi(declareRoute, async (c) => {
    const team = await declareNoConflictOfInterest({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(team, 200);
  });
}
