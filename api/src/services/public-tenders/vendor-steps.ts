import type { Transaction } from 'kysely';
import { lockTender, listTeamMembers, type TenderRow } from '../../db/repositories/tenders.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize, decide, refusalError } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import type { ServiceContext } from '../context.ts';
import { recordingTenderRefusals, tenderRef, type TenderAuditAction } from '../tenders/audit.ts';
import { findTenderAccess, tenderAccessObject, tenderNotFound } from '../tenders/tender-access.ts';

/** The vendor acting: its organisation and the user or API key that acts for it. */
export interface VendorActor {
  organisationId: string;
  userId: string | null;
  apiKeyId: string | null;
}

export interface VendorChangeScope {
  trx: Transaction<DB>;
  tender: TenderRow;
  now: Date;
  vendor: VendorActor;
}

/**
 * The frame of a vendor's change on a published tender (interest, questions): `authorize` on the
 * tender, then one transaction that locks it, so questions are numbered one after the other and
 * a tender closed or cancelled in between is decided on again. A refusal inside is recorded
 * under `action`; the work writes its own audit entry.
 */
export async function changeAsVendor<T>(
  ctx: ServiceContext,
  change: { operationId: OperationId; tenderId: string; action: TenderAuditAction },
  work: (scope: VendorChangeScope) => Promise<T>,
): Promise<T> {
  const { operationId, tenderId, action } = change;
  const found = await findTenderAccess(ctx.db, tenderId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: tenderAccessObject(found) }),
  });
  const vendor = vendorActorOf(ctx);
  return recordingTenderRefusals(ctx, { action, object: tenderRef(tenderId) }, async () => {
    if (found === undefined) throw new NotFoundError(tenderNotFound);
    return withTransaction<DB, T>(ctx.db, async (trx) => {
      const tender = await lockTender(trx, tenderId);
      if (tender === undefined) throw new NotFoundError(tenderNotFound);
      const object = tenderAccessObject({ tender, team: await listTeamMembers(trx, tenderId) });
      const decision = decide({ principal: ctx.principal, operationId, object });
      if (!decision.allowed) throw refusalError(decision.refusal, object);
      // Cancelled before it was ever published: the public never knew it.
      if (tender.published_at === null) throw new NotFoundError(tenderNotFound);
      return work({ trx, tender, now: await ctx.clock.now<DB>(trx), vendor });
    });
  });
}

/** The policy rows admit vendors' users and API keys alone; this narrows the caller. */
export function vendorActorOf(ctx: ServiceContext): VendorActor {
  const { principal } = ctx;
  if (principal.kind === 'apiKey') {
    return { organisationId: principal.organisationId, userId: null, apiKeyId: principal.keyId };
  }
  if (principal.kind === 'user' && principal.role === 'vendor') {
    return { organisationId: principal.organisationId, userId: principal.userId, apiKeyId: null };
  }
  throw new Error('Only vendors act on published tenders');
}
