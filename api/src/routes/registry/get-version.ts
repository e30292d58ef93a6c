import type { OpenAPIHono } from '@hono/zod-openapi';
import { RegistryVersionParams, RegistryVersionResponse, ValidOnQuery } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getRegistryVersion } from '../../services/registry/get-registry-version.ts';

const getVersionRoute = defineRoute({
  method: 'get',
  path: '/services/{serviceId}/versions/{number}',
  operationId: 'getRegistryVersion',
  tags: ['registry'],
  summary: 'Read a published self-assessment version',
  description:
    'For officers and reviewers: the version’s answers, the vendor profile published with it ' +
    'and its SHA-256, with every attestation judged on `validOn` (today when absent) by its ' +
    'scheme’s validity rule, and the evidence documents it cites: `readable` says whether the ' +
    'caller’s authority may download one now. Of a confidential report the vendor has not ' +
    'granted the caller’s authority (§ 41 (3) VgV) only its SHA-256 is shown. Drafts are not ' +
    'found.',
  request: { params: RegistryVersionParams, query: ValidOnQuery },
  responses: {
    200: {
      description: 'The published version',
      content: { 'application/json': { schema: RegistryVersionResponse } },
    },
  },
});

export function registerGetRegistryVersion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getVersionRoute, async (c) => {
    const version = await getRegistryVersion({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(version, 200);
  });
}
