import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  OpeningKeysResponse,
  SetOpeningPassphraseInput,
  TenderTeamParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { setOpeningPassphrase } from '../../services/bid-vault/set-opening-passphrase.ts';

const setOpeningPassphraseRoute = defineRoute({
  method: 'put',
  path: '/{tenderId}/opening-key',
  operationId: 'setOpeningPassphrase',
  tags: ['bids'],
  summary: 'Set your opening passphrase for a tender whose bids come to the vault',
  description:
    'For opening officers and deputies of the tender, each for themselves, while it is a draft. ' +
    'Makes your personal key for this tender and locks it under the passphrase (Argon2id); at ' +
    'publication a share of the tender’s key is sealed to it. Setting it again replaces the ' +
    'earlier one until publication; afterwards the key is fixed. The passphrase is never ' +
    'stored or shown; without it your share cannot be used (any two holders open the bids). ' +
    '409 for a tender whose bids come in on the e-procurement platform.',
  problems: [404, 409],
  request: {
    params: TenderTeamParams,
    body: { content: { 'application/json': { schema: SetOpeningPassphraseInput } } },
  },
  responses: {
    200: {
      description: 'The opening key holders, with yours set',
      content: { 'application/json': { schema: OpeningKeysResponse } },
    },
  },
});

export function registerSetOpeningPassphrase(router: OpenAPIHono<AppEnv>) {
  return router.openapi(setOpeningPassphraseRoute, async (c) => {
    const keys = await setOpeningPassphrase({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(keys, 200);
  });
}
