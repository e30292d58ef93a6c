import type { OpenAPIHono } from '@hono/zod-openapi';
import { SaveVendorProfileInput, VendorProfileResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { saveVendorProfile } from '../../services/self-assessments/save-vendor-profile.ts';

const saveVendorProfileRoute = defineRoute({
  method: 'put',
  path: '/vendor-profile',
  operationId: 'saveVendorProfile',
  tags: ['vendors'],
  summary: "Create or replace your organisation's vendor profile",
  description:
    'The first save creates the profile (send no `version`; 201). Later saves send the whole ' +
    'profile and the `version` read: a profile changed since is refused with 409 and nothing is ' +
    'overwritten. Published self-assessment versions keep the profile as it was when published.',
  problems: [409],
  request: {
    body: { content: { 'application/json': { schema: SaveVendorProfileInput } } },
  },
  responses: {
    200: {
      description: 'The profile at its next version',
      content: { 'application/json': { schema: VendorProfileResponse } },
    },
    201: {
      description: 'The profile, created',
      content: { 'application/json': { schema: VendorProfileResponse } },
    },
  },
});

export function registerSaveVendorProfile(router: OpenAPIHono<AppEnv>) {
  return router.openapi(saveVendorProfileRoute, async (c) => {
    const { profile, created } = await saveVendorProfile({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    c.header('cache-control', 'no-store');
    return created ? c.json(profile, 201) : c.json(profile, 200);
  });
}
