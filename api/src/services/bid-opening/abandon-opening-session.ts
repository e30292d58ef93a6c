import type { OpeningSession } from '@tenderwise/schema';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, recordingTenderRefusals, tenderRef } from '../tenders/audit.ts';
import { tenderNotFound } from '../tenders/tender-access.ts';
import { wipeSession } from './keyring.ts';
import {
  assertOpen,
  authorizedTender,
  findSession,
  inLockedTender,
  sessionView,
} from './opening-steps.ts';

/**
 * An opening officer or deputy abandons an open session: the shares held for it are wiped and
 * it ends as abandoned; the bids stay sealed, and a new session may start.
 */
export async function abandonOpeningSession({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; sessionId: string };
}): Promise<OpeningSession> {
  const operationId = 'abandonOpeningSession';
  const { tenderId, sessionId } = input;
  const { found } = await authorizedTender(ctx, operationId, tenderId);
  return recordingTenderRefusals(
    ctx,
    { action: 'tender.opening.abandoned', object: tenderRef(tenderId) },
    async () => {
      if (found === undefined) throw new NotFoundError(tenderNotFound);
      const view = await inLockedTender(ctx, operationId, tenderId, async ({ trx, now }) => {
        const session = await findSession(trx, tenderId, sessionId);
        assertOpen(session);
        const ended = await trx
          .updateTable('opening_session')
          .set({ state: 'abandoned', ended_at: now })
          .where('id', '=', sessionId)
          .returningAll()
          .executeTakeFirstOrThrow();
        await auditTenderChange(trx, ctx, {
          action: 'tender.opening.abandoned',
          object: tenderRef(tenderId),
          before: { sessionId, state: 'open' },
          after: { sessionId, state: 'abandoned' },
        });
        return sessionView(trx, ended, now);
      });
      wipeSession(sessionId);
      return view;
    },
  );
}
