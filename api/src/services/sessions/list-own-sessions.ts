import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { listSessionsOfUser, type SessionRecord } from '../../security/sessions/sessions.ts';
import { requireFullSession } from './full-session.ts';

export interface OwnSession extends SessionRecord {
  /** The session the request came with. */
  current: boolean;
}

/** The user's live sessions ("where am I logged in"), the current one marked. */
export async function listOwnSessions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string };
}): Promise<OwnSession[]> {
  await authorize(ctx, { operationId: 'listOwnSessions' });
  const current = await requireFullSession(ctx, input.sessionToken);
  const sessions = await listSessionsOfUser(ctx.db, ctx.clock, current.user.id);
  return sessions.map((session) => ({ ...session, current: session.id === current.session.id }));
}
