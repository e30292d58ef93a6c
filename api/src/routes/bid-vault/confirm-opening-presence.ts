import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  ConfirmOpeningPresenceInput,
  OpeningSession,
  OpeningSessionParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { confirmOpeningPresence } from '../../services/bid-opening/confirm-opening-presence.ts';

const confirmOpeningPresenceRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/opening-sessions/{sessionId}/presence',
  operationId: 'confirmOpeningPresence',
  tags: ['bids'],
  summary: 'Confirm your presence in an opening session with your opening passphrase',
  description:
    'For the opening officers and deputies holding a share of the tender’s key, while the ' +
    'session is open. The passphrase unlocks your share, which the server holds in its memory ' +
    'only, for 30 minutes or until the session opens or is abandoned: never stored, logged or ' +
    'returned. After a restart of the server the shares are gone, and the holders confirm ' +
    'again. A wrong passphrase: 403, recorded, nothing held.',
  problems: [403, 404, 409],
  request: {
    params: OpeningSessionParams,
    body: { content: { 'application/json': { schema: ConfirmOpeningPresenceInput } } },
  },
  responses: {
    200: {
      description: 'The session, with your presence',
      content: { 'application/json': { schema: OpeningSession } },
    },
  },
});

export function registerConfirmOpeningPresence(router: OpenAPIHono<AppEnv>) {
  return router.openapi(confirmOpeningPresenceRoute, async (c) => {
    const session = await confirmOpeningPresence({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(session, 200);
  });
}
