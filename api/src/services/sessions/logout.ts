import { deleteSession } from '../../db/repositories/sessions.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { auditSucceeded } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { validateSessionToken } from '../../security/sessions/sessions.ts';

/** Logout: ends the presented session. False when the token stands for no live session. */
export async function logout({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string };
}): Promise<boolean> {
  const current = await validateSessionToken(ctx.db, ctx.clock, input.sessionToken);
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
