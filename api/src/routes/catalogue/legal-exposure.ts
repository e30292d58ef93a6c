import type { OpenAPIHono } from '@hono/zod-openapi';
import { LegalExposureRequest, LegalExposureResponse } from '@tenderwise/schema';
import { assessLegalExposure } from '../../services/catalogue/assess-legal-exposure.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';

const legalExposureRoute = defineRoute({
  method: 'post',
  path: '/legal-exposure-assessments',
  operationId: 'assessLegalExposure',
  tags: ['catalogue'],
  summary: "Assess an offer's legal exposure from its self-assessment",
  description:
    'Answers the legal-exposure questions (US CLOUD Act, FISA 702, processing outside the EEA, ' +
    'control from outside the EEA, sanctions under Art. 5k Regulation 833/2014, disconnect ' +
    "capability) from a vendor's self-declared facts. Every answer carries its finding, the " +
    'reasoning it prints, a trace of the facts it tested, its sources and the catalogue ' +
    'entries that deal with the exposure lawfully. The answers rest on declarations, which ' +
    'the buyer verifies. Nothing is stored.',
  request: {
    body: { content: { 'application/json': { schema: LegalExposureRequest } } },
  },
  responses: {
    200: {
      description: 'The answers',
      content: { 'application/json': { schema: LegalExposureResponse } },
    },
  },
});

export function registerLegalExposure(router: OpenAPIHono<AppEnv>) {
  return router.openapi(legalExposureRoute, async (c) => {
    const answer = await assessLegalExposure({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    c.header('cache-control', 'no-store');
    return c.json(answer, 200);
  });
}
