import type { OpenAPIHono } from '@hono/zod-openapi';
import { OwnAccountResponse } from '@tenderwise/schema';
import { getOwnAccount } from '../../services/sessions/get-own-account.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, sessionTokenOf } from './session.ts';

const getOwnAccountRoute = defineRoute({
  method: 'get',
  path: '',
  operationId: 'getOwnAccount',
  tags: ['account'],
  summary: 'Who am I',
  description:
    'The signed-in user with role and organisation, so a client can show what the role may do ' +
    '(`kind: user`); or, called with a vendor API key, the key with its organisation, scopes ' +
    'and expiry (`kind: apiKey`). A session that has not passed its second factor gets 401, ' +
    'like no session.',
  responses: {
    200: {
      description: 'The signed-in user, or the API key',
      content: { 'application/json': { schema: OwnAccountResponse } },
    },
  },
});

export function registerGetOwnAccount(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getOwnAccountRoute, async (c) => {
    noStore(c);
    const account = await getOwnAccount({
      ctx: await serviceContextOf(c),
      input: { sessionToken: sessionTokenOf(c) },
    });
    return c.json(account, 200);
  });
}
