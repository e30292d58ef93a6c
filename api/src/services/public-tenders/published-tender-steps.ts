import { NotFoundError } from '../../domain/errors.ts';
import type { OperationId } from '../../security/access/policy.ts';
import type { ServiceContext } from '../context.ts';
import { tenderNotFound, type TenderAccess } from '../tenders/tender-access.ts';
import { readableTender } from '../tenders/tender-steps.ts';

/**
 * The first step of the public reads: `authorize` on the tender (a draft is not found), and a
 * tender cancelled before it was ever published is not found either: the public never knew it.
 */
export async function readablePublishedTender(
  ctx: ServiceContext,
  operationId: OperationId,
  tenderId: string,
): Promise<TenderAccess> {
  const found = await readableTender(ctx, operationId, tenderId);
  if (found.tender.published_at === null) throw new NotFoundError(tenderNotFound);
  return found;
}
