import type { DemoDataStatusResponse } from '@tenderwise/schema';
import { listDemoObjects } from '../../db/repositories/demo-data.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { existingCredentialsFile } from './credentials-file.ts';
import { demoRefusalsOf } from './eligibility.ts';

export type DemoDataStatus = DemoDataStatusResponse;

/**
 * Whether loading the demo would be accepted now (without forcing, which only the operator can,
 * on the server), whether demo data is there already, and where its credentials file is. The
 * pages offer the demo when it is eligible. Reads write no audit entry.
 */
export async function getDemoDataStatus({ ctx }: { ctx: ServiceContext }): Promise<DemoDataStatus> {
  await authorize(ctx, { operationId: 'getDemoDataStatus' });
  const refusals = await demoRefusalsOf(ctx, { forced: false });
  const { dataDir } = ctx.settings.installation;
  return {
    eligible: refusals.length === 0,
    refusals,
    loaded: (await listDemoObjects(ctx.db)).length > 0,
    credentialsFile: dataDir === null ? null : await existingCredentialsFile(dataDir),
  };
}
