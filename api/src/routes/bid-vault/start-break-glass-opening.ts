import type { OpenAPIHono } from '@hono/zod-openapi';
import { OpeningSession, StartBreakGlassOpeningInput, TenderTeamParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { startBreakGlassOpening } from '../../services/bid-opening/start-break-glass-opening.ts';

const startBreakGlassOpeningRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/break-glass-sessions',
  operationId: 'startBreakGlassOpening',
  tags: ['bids'],
  summary: 'Start a break-glass opening by two officers',
  description:
    'For the officers of a vault tender when fewer than two opening officers and deputies ' +
    'remain. Needs the officers’ separate split of the key, made at publication when at least ' +
    'two officers had set an opening passphrase (409 otherwise), and the submission deadline ' +
    'passed (409 before, recorded). The `reason` is kept with the session and in the opening ' +
    'record. Then two officers confirm their presence with their passphrases ' +
    '(`…/opening-sessions/{sessionId}/presence`) and open, as at the joint opening.',
  problems: [404, 409],
  request: {
    params: TenderTeamParams,
    body: { content: { 'application/json': { schema: StartBreakGlassOpeningInput } } },
  },
  responses: {
    201: {
      description: 'The break-glass session, open',
      content: { 'application/json': { schema: OpeningSession } },
    },
  },
});

export function registerStartBreakGlassOpening(router: OpenAPIHono<AppEnv>) {
  return router.openapi(startBreakGlassOpeningRoute, async (c) => {
    const session = await startBreakGlassOpening({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(session, 201);
  });
}
