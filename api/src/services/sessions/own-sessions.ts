import { deleteSession } from '../../db/repositories/sessions.ts';
import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { findTotpSecret, findUserById } from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { auditRefused, auditSucceeded, recordingRefusals } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { requireFullSession } from './full-session.ts';
import {
  invalidateAllSessionsOfUser,
  listSessionsOfUser,
  type SessionRecord,
} from '../../security/sessions/sessions.ts';

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
  const current = await requireFullSession(ctx, input.sessionToken);
  const sessions = await listSessionsOfUser(ctx.db, ctx.clock, current.user.id);
  return sessions.map((session) => ({ ...session, current: session.id === current.session.id }));
}

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

/**
 * An administrator ends all sessions of a user (a lost laptop, a suspected break-in; ASVS
 * 7.4.5). Returns how many ended.
 */
export async function endAllSessionsOfUser({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId: string };
}): Promise<{ endedSessions: number }> {
  const attempt = {
    action: 'auth.sessions.ended',
    object: { type: 'user', id: input.userId },
  } as const;
  await authorize(ctx, {
    operationId: 'endUserSessions',
    onRefused: () => auditRefused(ctx, attempt),
  });
  return recordingRefusals(ctx, attempt, () =>
    withTransaction<DB, { endedSessions: number }>(ctx.db, async (trx) => {
      const user = await findUserById(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      const endedSessions = await invalidateAllSessionsOfUser(trx, user.id);
      await auditSucceeded(trx, ctx, attempt);
      return { endedSessions };
    }),
  );
}

export interface OwnAccount {
  user: NonNullable<Awaited<ReturnType<typeof findUserById>>>;
  organisation: { id: string; kind: 'authority' | 'vendor'; name: string };
  totpEnrolled: boolean;
}

/** Who the signed-in user is: name, role, organisation and whether TOTP is set up. */
export async function getOwnAccount({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string };
}): Promise<OwnAccount> {
  const current = await requireFullSession(ctx, input.sessionToken);
  const user = await findUserById(ctx.db, current.user.id);
  const organisation = user && (await findOrganisationById(ctx.db, user.organisation_id));
  if (user === undefined || organisation === undefined) {
    throw new NotFoundError('The account does not exist.');
  }
  return {
    user,
    organisation: { id: organisation.id, kind: organisation.kind, name: organisation.name },
    totpEnrolled: (await findTotpSecret(ctx.db, user.id)) !== null,
  };
}
