import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  CreateOptionFromRegistryInput,
  OptionResponse,
  OptionsReviewParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { createOptionFromRegistry } from '../../services/options-reviews/create-option-from-registry.ts';

const createFromRegistryRoute = defineRoute({
  method: 'post',
  path: '/{reviewId}/options/from-registry',
  operationId: 'createOptionsReviewOptionFromRegistry',
  tags: ['options-reviews'],
  summary: 'Add a published registry version as an option',
  description:
    'For officers who take part, until the review is concluded. The option is named after the ' +
    'service (or `name`), carries the vendor’s published legal name and cites the version ' +
    '(`registrySource`). Its offer is pre-filled against the review’s latest scheme: evidence ' +
    'for attestation criteria from the version’s attestations with dates by the scheme’s ' +
    'validity rule, and answers in words for criteria taken from catalogue entries the ' +
    'version answers. A service or version that is not published is named in the 422.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: CreateOptionFromRegistryInput } } },
  },
  responses: {
    201: {
      description: 'The new option, at version 1',
      content: { 'application/json': { schema: OptionResponse } },
    },
  },
});

export function registerCreateOptionsReviewOptionFromRegistry(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createFromRegistryRoute, async (c) => {
    const option = await createOptionFromRegistry({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(option, 201);
  });
}
