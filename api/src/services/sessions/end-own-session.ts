import { deleteSession } from '../../db/repositories/sessions.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { listSessionsOfUser } from '../../security/sessions/sessions.ts';
import { requireFullSession } from './full-session.ts';

/**
 * Ends one of the user's own sessions (e.g. one left open elsewhere), also the current one.
 * Another user's session is "not found", exactly like a session that does not exist.
 */
export async function endOwnSession({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string; sessionId: string };
}): Promise<void> {
  await authorize(ctx, { operationId: 'endOwnSession' });
  const current = await requireFullSession(ctx, input.sessionToken);
  const userRef = { type: 'user', id: current.user.id } as const;
  const attempt = { action: 'auth.sessions.ended', actor: userRef, object: userRef } as const;
  await recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, void>(ctx.db, async (trx) => {
      const own = await listSessionsOfUser(trx, ctx.clock, current.user.id);
      const target = own.find((session) => session.id === input.sessionId);
      if (target === undefined || !(await deleteSession(trx, target.id))) {
        throw new NotFoundError('The session does not exist.');
      }
      await auditSucceeded(trx, ctx, attempt);
    }),
  );
}
