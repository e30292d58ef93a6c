import type { OpeningSession } from '@tenderwise/schema';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, recordingTenderRefusals, tenderRef } from '../tenders/audit.ts';
import { tenderNotFound } from '../tenders/tender-access.ts';
import { assertVault, authorizedTender, inLockedTender, sessionView } from './opening-steps.ts';

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
        const open = await trx
          .selectFrom('opening_session')
          .select('id')
          .where('tender_id', '=', tenderId)
          .where('state', '=', 'open')
          .executeTakeFirst();
        if (open !== undefined) {
          throw new ConflictError(
            `An opening session is already open for this tender (${open.id}).`,
          );
        }
        const session = await trx
          .insertInto('opening_session')
          .values({ tender_id: tenderId, started_by: caller.userId, started_at: now })
          .returningAll()
          .executeTakeFirstOrThrow();
        if (tender.state === 'published') {
          await trx
            .updateTable('tender')
            .set({ state: 'submissionClosed', version: tender.version + 1, updated_at: now })
            .where('id', '=', tenderId)
            .execute();
        }
        await auditTenderChange(trx, ctx, {
          action: 'tender.opening.started',
          object: tenderRef(tenderId),
          before: { state: tender.state },
          after: { state: 'submissionClosed', sessionId: session.id, startedBy: caller.userId },
        });
        return sessionView(trx, session, now);
      });
    },
  );
}
