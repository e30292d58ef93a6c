import type { OpenAPIHono } from '@hono/zod-openapi';
import { VendorProfileResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getVendorProfile } from '../../services/self-assessments/get-vendor-profile.ts';

const getVendorProfileRoute = defineRoute({
  method: 'get',
  path: '/vendor-profile',
  operationId: 'getVendorProfile',
  tags: ['vendors'],
  summary: "Read your organisation's vendor profile",
  description:
    'Legal name, registered office, owner chain (facts for the legal-exposure assessment, never ' +
    'a score) and contacts, with the `version` a change must name. 404 until the first save.',
  problems: [404],
  responses: {
    200: {
      description: 'The vendor profile',
      content: { 'application/json': { schema: VendorProfileResponse } },
    },
  },
});

export function registerGetVendorProfile(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getVendorProfileRoute, async (c) => {
    const profile = await getVendorProfile({ ctx: await serviceContextOf(c) });
    c.header('cache-control', 'no-store');
    return c.json(profile, 200);
  });
}
