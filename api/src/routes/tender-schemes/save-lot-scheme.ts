import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  SaveTenderLotSchemeInput,
  TenderLotSchemeParams,
  TenderLotSchemeResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { saveTenderLotScheme } from '../../services/tender-schemes/save-tender-lot-scheme.ts';

const route = defineRoute({
  method: 'put',
  path: '/{tenderId}/lots/{lotNumber}/scheme',
  operationId: 'saveTenderLotScheme',
  tags: ['tenders'],
  summary: 'Save the draft scheme of a lot',
  description:
    'For the officers on the team while the tender is a draft; after publication the scheme is ' +
    'frozen (409). The scheme comes from a catalogue template, from catalogue entries, blank ' +
    '(price alone), or as edited; it takes the tender’s submission day and regime. The engine ' +
    'validates it: each issue is named in `errors` (for an edited scheme by its JSON pointer ' +
    'under `/source/scheme`). `version` is the lot’s version you read (409 when stale); the ' +
    'save moves the lot’s and the tender’s versions on, which voids a request for publication.',
  request: {
    params: TenderLotSchemeParams,
    body: { content: { 'application/json': { schema: SaveTenderLotSchemeInput } } },
  },
  responses: {
    200: {
      description: 'The saved draft with the lot’s new version',
      content: { 'application/json': { schema: TenderLotSchemeResponse } },
    },
  },
});

export function registerSaveTenderLotScheme(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const saved = await saveTenderLotScheme({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(saved, 200);
  });
}
