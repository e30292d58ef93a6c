import type { OpenAPIHono } from '@hono/zod-openapi';
import { CheckSetupTokenRequest, SetupTokenStatusResponse } from '@tenderwise/schema';
import { checkSetupToken } from '../../services/setup/check-setup-token.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { limitSetupCheck } from '../../http/rate-limit/account.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore } from './session.ts';

const checkSetupTokenRoute = defineRoute({
  method: 'post',
  path: '/setup/check',
  operationId: 'checkSetupToken',
  tags: ['account'],
  summary: 'Check a setup link before creating the first administrator',
  description:
    'On an installation without an administrator, the server prints a one-time setup link at ' +
    'start (and keeps it in an owner-only file in DATA_DIR). This tells the setup page, before ' +
    'anybody types anything, whether the link still works: `valid`, `used` (the installation ' +
    'has an administrator, made with this link or with `admin:create`) or `unknown` (no such ' +
    'link, or one that a later start replaced). Changes nothing and says nothing more. A POST ' +
    'only because the token belongs in a body, never in a URL. Limited per address and per ' +
    'token, separately from completing.',
  request: { body: { content: { 'application/json': { schema: CheckSetupTokenRequest } } } },
  problems: [429],
  responses: {
    200: {
      description: 'The link’s status',
      content: { 'application/json': { schema: SetupTokenStatusResponse } },
    },
  },
});

export function registerCheckSetupToken(router: OpenAPIHono<AppEnv>) {
  return router.openapi(checkSetupTokenRoute, async (c) => {
    noStore(c);
    const { token } = c.req.valid('json');
    await limitSetupCheck(c, token);
    const status = await checkSetupToken({ ctx: await serviceContextOf(c), input: { token } });
    return c.json({ status }, 200);
  });
}
