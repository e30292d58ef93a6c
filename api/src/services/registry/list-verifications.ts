import type { z } from 'zod';
import type { VerificationListResponse } from '@tenderwise/schema';
import { listVerifications as listVerificationRows } from '../../db/repositories/registry.ts';
import type { ServiceContext } from '../context.ts';
import { readableVersion } from './registry-reads.ts';
import { verificationResponse } from './views.ts';

/** The caller's authority's verifications of a published version's attestations, oldest first. */
export async function listVerifications({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; number: number };
}): Promise<z.output<typeof VerificationListResponse>> {
  const { version } = await readableVersion(
    ctx,
    'listRegistryVerifications',
    input.serviceId,
    input.number,
  );
  const caller = ctx.principal;
  if (caller.kind !== 'user') throw new Error('Only signed-in users read verifications');
  const rows = await listVerificationRows(ctx.db, version.id, caller.organisationId);
  return { items: rows.map((row) => verificationResponse(row, version.number)) };
}
