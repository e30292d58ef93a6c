import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  OptionsReviewParams,
  SaveSchemeVersionInput,
  SchemeVersionResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { saveSchemeVersion } from '../../services/options-reviews/save-scheme-version.ts';

const saveSchemeVersionRoute = defineRoute({
  method: 'post',
  path: '/{reviewId}/scheme-versions',
  operationId: 'saveOptionsReviewSchemeVersion',
  tags: ['options-reviews'],
  summary: 'Save the review’s scheme as a new version',
  description:
    'For officers who take part, until the review is concluded. The scheme comes from a ' +
    'catalogue template, from catalogue entries, blank (price alone), or as edited; its ' +
    '`submissionDeadline` is the review’s reference date. The engine validates it: each issue ' +
    'is named in `errors` (for an edited scheme, by its JSON pointer under ' +
    '`/source/scheme`). Versions are numbered and never change; `basedOnVersion` must be the ' +
    'latest (409 otherwise), so nobody replaces a version they have not seen.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: SaveSchemeVersionInput } } },
  },
  responses: {
    201: {
      description: 'The saved version, with its commitment',
      content: { 'application/json': { schema: SchemeVersionResponse } },
    },
  },
});

export function registerSaveOptionsReviewSchemeVersion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(saveSchemeVersionRoute, async (c) => {
    const version = await saveSchemeVersion({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(version, 201);
  });
}
