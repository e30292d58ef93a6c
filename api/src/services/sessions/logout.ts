import { deleteSession } from '../../db/repositories/sessions.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { auditSucceeded } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { sessionOfCaller } from './full-session.ts';

/**
 * Logout: ends the caller's session. Open to a half-signed-in session too (the policy table's row
 * `logout` is marked `beforeMfa`). False when the token stands for no live session of the caller.
 */
export async function logout({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string };
}): Promise<boolean> {
  await authorize(ctx, { operationId: 'logout' });
  const current = await sessionOfCaller(ctx, input.sessionToken);
  if (current === null) return false;
  return withTransaction<DB, boolean>(ctx.db, async (trx) => {
    const ended = await deleteSession(trx, current.session.id);
    if (ended) {
      await auditSucceeded(trx, ctx, {
        action: 'auth.logout.succeeded',
        actor: { type: 'user', id: current.user.id },
        object: { type: 'user', id: current.user.id },
      });
    }
    return ended;
  });
}
