import type { OpeningSession } from '@tenderwise/schema';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { recordingTenderRefusals, tenderRef } from '../tenders/audit.ts';
import { tenderNotFound } from '../tenders/tender-access.ts';
import { assertVault, authorizedTender, beginSession, inLockedTender } from './opening-steps.ts';

/**
 * An opening officer or deputy starts the joint opening of the bids in the vault (§ 55 VgV),
 * once the submission deadline has passed by the clock: bids are opened only after it (§ 55 (1)
 * VgV). The tender moves to `submissionClosed`, so no further bid is taken. One open session per
 * tender (the database's unique index); an abandoned one may be followed by a new one.
 */
export async function startOpeningSession({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<OpeningSession> {
  const operationId = 'startOpeningSession';
  const { tenderId } = input;
  const { found, caller } = await authorizedTender(ctx, operationId, tenderId);
  return recordingTenderRefusals(
    ctx,
    { action: 'tender.opening.started', object: tenderRef(tenderId) },
    async () => {
      if (found === undefined) throw new NotFoundError(tenderNotFound);
      return inLockedTender(ctx, operationId, tenderId, async ({ trx, current, now }) => {
        const { tender } = current;
        assertVault(tender);
        if (tender.submission_deadline === null || now <= tender.submission_deadline) {
          throw new ConflictError(
            'The bids are opened only after the submission deadline has passed (§ 55 (1) VgV).',
          );
        }
        return beginSession(ctx, { trx, tender, now, startedBy: caller.userId }, null);
      });
    },
  );
}
