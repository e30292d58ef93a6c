import type { Transaction } from 'kysely';
import { listTeamMembers, lockTender } from '../../db/repositories/tenders.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize, decide, refusalError } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import type { UserPrincipal } from '../../security/access/principal.ts';
import type { ServiceContext } from '../context.ts';
import { recordingTenderRefusals, tenderRef, type TenderAuditAction } from './audit.ts';
import {
  findTenderAccess,
  tenderAccessObject,
  tenderNotFound,
  type TenderAccess,
} from './tender-access.ts';

/**
 * The first step of every verb that reads a tender or what belongs to it: the tender is looked up
 * and `authorize` decides on it, so another authority's tender is not found exactly like one that
 * does not exist, and a draft is invisible to the public.
 */
export async function readableTender(
  ctx: ServiceContext,
  operationId: OperationId,
  tenderId: string,
): Promise<TenderAccess> {
  const found = await findTenderAccess(ctx.db, tenderId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: tenderAccessObject(found) }),
  });
  if (found === undefined) throw new NotFoundError(tenderNotFound);
  return found;
}

/** What a changing verb's work gets: the locked tender, its team, the time and the caller. */
export interface TenderChangeScope {
  trx: Transaction<DB>;
  current: TenderAccess;
  now: Date;
  caller: UserPrincipal;
}

/**
 * The frame of every verb by which an authority's user changes a tender or what belongs to it:
 * `authorize` on the tender first (its refusals recorded as `access.operation.refused`), then one
 * transaction that locks the tender, so changes to one tender take turns, and decides again on
 * what it locked: a tender published or a member removed in between is not overlooked. A missing
 * tender and a refusal inside are recorded under `action`; the work writes its own audit entry
 * in the same transaction (`auditTenderChange`) and calls `touchTender` when it changes the
 * tender or its parts.
 */
export async function changeTender<T>(
  ctx: ServiceContext,
  change: { operationId: OperationId; tenderId: string; action: TenderAuditAction },
  work: (scope: TenderChangeScope) => Promise<T>,
): Promise<T> {
  const { operationId, tenderId, action } = change;
  const found = await findTenderAccess(ctx.db, tenderId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: tenderAccessObject(found) }),
  });
  const caller = ctx.principal;
  // The policy rows admit only signed-in users of the authority to these changes.
  if (caller.kind !== 'user') throw new Error('Only signed-in users change tenders');
  return recordingTenderRefusals(ctx, { action, object: tenderRef(tenderId) }, async () => {
    if (found === undefined) throw new NotFoundError(tenderNotFound);
    return withTransaction<DB, T>(ctx.db, async (trx) => {
      const tender = await lockTender(trx, tenderId);
      if (tender === undefined) throw new NotFoundError(tenderNotFound);
      const current = { tender, team: await listTeamMembers(trx, tenderId) };
      const object = tenderAccessObject(current);
      const decision = decide({ principal: caller, operationId, object });
      if (!decision.allowed) throw refusalError(decision.refusal, object);
      return work({ trx, current, now: await ctx.clock.now<DB>(trx), caller });
    });
  });
}
