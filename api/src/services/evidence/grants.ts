import type { EvidenceGrantResponse } from '@tenderwise/schema';
import {
  findEvidenceGrant,
  findStandingGrant,
  insertEvidenceGrant,
  listEvidenceGrants,
  revokeEvidenceGrant,
} from '../../db/repositories/evidence.ts';
import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditEvidence, changedBy, grantRef, grantResponse, ownService } from './evidence-steps.ts';

/** The grants of the vendor's own service, standing and revoked. */
export async function listGrants({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string };
}): Promise<{ items: EvidenceGrantResponse[] }> {
  await ownService(ctx, 'listEvidenceGrants', input.serviceId);
  const rows = await listEvidenceGrants(ctx.db, input.serviceId);
  return { items: rows.map(grantResponse) };
}

/**
 * Lets one authority read the service's confidential evidence (§ 41 (3) VgV: the vendor decides
 * who sees documents under NDA). One standing grant per authority (409 for a second).
 */
export async function createGrant({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; authorityId: string };
}): Promise<EvidenceGrantResponse> {
  await ownService(ctx, 'createEvidenceGrant', input.serviceId);
  const authority = await findOrganisationById(ctx.db, input.authorityId);
  if (authority === undefined || authority.kind !== 'authority') {
    const detail = 'No authority has this id; choose one from the list of authorities.';
    throw new ValidationError(detail, [{ in: 'body', pointer: '/authorityId', detail }]);
  }
  return withTransaction<DB, EvidenceGrantResponse>(ctx.db, async (trx) => {
    if ((await findStandingGrant(trx, input.serviceId, input.authorityId)) !== undefined) {
      throw new ConflictError(`${authority.name} may already read this service's evidence.`);
    }
    const id = await insertEvidenceGrant(trx, {
      serviceId: input.serviceId,
      authorityId: input.authorityId,
      by: changedBy(ctx.principal),
      at: await ctx.clock.now<DB>(trx),
    });
    const grant = grantResponse((await findEvidenceGrant(trx, id))!);
    await auditEvidence(trx, ctx, {
      action: 'evidence.grant.created',
      object: grantRef(id),
      after: grant,
    });
    return grant;
  });
}

/** Ends a grant at once; the row stays as the record of who could read what, and when. */
export async function revokeGrant({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; grantId: string };
}): Promise<EvidenceGrantResponse> {
  await ownService(ctx, 'revokeEvidenceGrant', input.serviceId);
  return withTransaction<DB, EvidenceGrantResponse>(ctx.db, async (trx) => {
    const before = await findEvidenceGrant(trx, input.grantId);
    if (before === undefined || before.service_id !== input.serviceId) {
      throw new NotFoundError('The grant does not exist.');
    }
    if (!(await revokeEvidenceGrant(trx, input.grantId, await ctx.clock.now<DB>(trx)))) {
      throw new ConflictError('The grant was revoked already.');
    }
    const grant = grantResponse((await findEvidenceGrant(trx, input.grantId))!);
    await auditEvidence(trx, ctx, {
      action: 'evidence.grant.revoked',
      object: grantRef(input.grantId),
      before: grantResponse(before),
      after: grant,
    });
    return grant;
  });
}
