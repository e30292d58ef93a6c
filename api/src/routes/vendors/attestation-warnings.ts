import type { OpenAPIHono } from '@hono/zod-openapi';
import { AttestationWarningListResponse, AttestationWarningsQuery } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listAttestationWarnings } from '../../services/self-assessments/list-attestation-warnings.ts';

const attestationWarningsRoute = defineRoute({
  method: 'get',
  path: '/vendor-services/attestation-warnings',
  operationId: 'listAttestationWarnings',
  tags: ['vendors'],
  summary: 'List attestations that expire soon or have expired',
  description:
    'Of each of your services’ newest published version: the attestations whose validity, by ' +
    'the scheme’s rule, ends within `withinDays` days from today (Europe/Berlin) or has ended, ' +
    'soonest first. Attestations whose validity cannot be determined are not listed.',
  request: { query: AttestationWarningsQuery },
  responses: {
    200: {
      description: 'The warnings',
      content: { 'application/json': { schema: AttestationWarningListResponse } },
    },
  },
});

export function registerListAttestationWarnings(router: OpenAPIHono<AppEnv>) {
  return router.openapi(attestationWarningsRoute, async (c) => {
    const warnings = await listAttestationWarnings({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(warnings, 200);
  });
}
