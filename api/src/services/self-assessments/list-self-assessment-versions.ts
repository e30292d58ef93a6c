import type { SelfAssessmentVersionListResponse } from '@tenderwise/schema';
import { listVersionsOfService } from '../../db/repositories/self-assessment-versions.ts';
import type { ServiceContext } from '../context.ts';
import { versionRef } from '../views/self-assessments.ts';
import { readableService } from './vendor-steps.ts';

/** The versions of the caller's service, newest first, the draft included. */
export async function listSelfAssessmentVersions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string };
}): Promise<SelfAssessmentVersionListResponse> {
  await readableService(ctx, 'listSelfAssessmentVersions', input.serviceId);
  const rows = await listVersionsOfService(ctx.db, input.serviceId);
  return { items: rows.map((row) => ({ ...versionRef(row), status: row.status })) };
}
