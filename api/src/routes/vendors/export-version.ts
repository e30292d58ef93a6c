import type { OpenAPIHono } from '@hono/zod-openapi';
import { SelfAssessmentTransfer, SelfAssessmentVersionParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { exportSelfAssessmentVersion } from '../../services/self-assessments/export-self-assessment-version.ts';

const exportVersionRoute = defineRoute({
  method: 'get',
  path: '/vendor-services/{serviceId}/versions/{number}/export',
  operationId: 'exportSelfAssessmentVersion',
  tags: ['vendors'],
  summary: 'Download one self-assessment version as a file',
  description:
    'The version’s content as a `SelfAssessmentTransfer`, saved as ' +
    '`self-assessment-<service>-v<number>.json`; import it into a draft of this or another of ' +
    'your services with `importSelfAssessment`.',
  request: { params: SelfAssessmentVersionParams },
  responses: {
    200: {
      description: 'The self-assessment file',
      headers: {
        'content-disposition': {
          description: 'attachment, with the file name',
          schema: { type: 'string' as const },
        },
      },
      content: { 'application/json': { schema: SelfAssessmentTransfer } },
    },
  },
});

export function registerExportSelfAssessmentVersion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(exportVersionRoute, async (c) => {
    const { transfer, fileName } = await exportSelfAssessmentVersion({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('content-disposition', `attachment; filename="${fileName}"`);
    c.header('x-content-type-options', 'nosniff');
    c.header('cache-control', 'no-store');
    return c.json(transfer, 200);
  });
}
