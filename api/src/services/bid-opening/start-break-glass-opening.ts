import type { OpeningSession } from '@tenderwise/schema';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { recordingTenderRefusals, tenderRef } from '../tenders/audit.ts';
import { tenderNotFound } from '../tenders/tender-access.ts';
import { assertVault, authorizedTender, beginSession, inLockedTender } from './opening-steps.ts';

/**
 * The break-glass: when fewer than two opening officers and deputies remain (ill, gone, their
 * passphrases lost), an officer of the tender starts an opening with the officers' separate split
 * of the key (ADR 0041). Four eyes: two officers must confirm their presence with their
 * passphrases, as at the joint opening (§ 55 (2) VgV asks for two representatives of the
 * authority). The reason is kept with the session, in the opening record and the audit log.
 * Only after the deadline, only where the officers' split exists, one open session at a time.
 */
export async function startBreakGlassOpening({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; reason: string };
}): Promise<OpeningSession> {
  const operationId = 'startBreakGlassOpening';
  const { tenderId, reason } = input;
  const { found, caller } = await authorizedTender(ctx, operationId, tenderId);
  return recordingTenderRefusals(
    ctx,
    { action: 'tender.opening.started', object: tenderRef(tenderId) },
    async () => {
      if (found === undefined) throw new NotFoundError(tenderNotFound);
      return inLockedTender(ctx, operationId, tenderId, async ({ trx, current, now }) => {
        const { tender, team } = current;
        assertVault(tender);
        if (!team.some((m) => m.user_id === caller.userId && m.capacity === 'officer')) {
          throw new ForbiddenError('Only the officers of the tender start a break-glass opening.');
        }
        if (tender.submission_deadline === null || now <= tender.submission_deadline) {
          throw new ConflictError(
            'The bids are opened only after the submission deadline has passed (§ 55 (1) VgV).',
          );
        }
        const officersSplit = await trx
          .selectFrom('tender_key_share')
          .select('holder_user_id')
          .where('tender_id', '=', tenderId)
          .where('kind', '=', 'breakGlass')
          .execute();
        if (officersSplit.length < 2) {
          throw new ConflictError(
            'This tender has no break-glass: fewer than two of its officers set a passphrase ' +
              'before publication.',
          );
        }
        return beginSession(ctx, { trx, tender, now, startedBy: caller.userId }, reason);
      });
    },
  );
}
