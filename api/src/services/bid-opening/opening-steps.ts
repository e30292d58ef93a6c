import type { OpeningSession } from '@tenderwise/schema';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { listTeamMembers, lockTender } from '../../db/repositories/tenders.ts';
import type { OpeningSessionTable } from '../../db/tables/bids.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { authorize, decide, refusalError } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import type { UserPrincipal } from '../../security/access/principal.ts';
import { KEY_SHARE_THRESHOLD } from '../../security/vault/key-shares.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import {
  breakGlassOfficers,
  findTenderAccess,
  tenderAccessObject,
  tenderNotFound,
  type TenderAccess,
} from '../tenders/tender-access.ts';
import { heldShares } from './keyring.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type OpeningSessionRow = Selectable<OpeningSessionTable>;

export const sessionNotFound = 'Nothing exists at this address.';

/**
 * `authorize` on the tender, the first step of every opening verb; the tender's absence is told
 * only after, so an unknown tender and one the caller may not see answer alike.
 */
export async function authorizedTender(
  ctx: ServiceContext,
  operationId: OperationId,
  tenderId: string,
): Promise<{ found: TenderAccess | undefined; caller: UserPrincipal }> {
  const found = await findTenderAccess(ctx.db, tenderId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: tenderAccessObject(found) }),
  });
  const caller = ctx.principal;
  if (caller.kind !== 'user') throw new Error('Only signed-in users open bids');
  return { found, caller };
}

/** The bids of this tender do not come to the vault: there is nothing to open here. */
export function assertVault(tender: TenderAccess['tender']): void {
  if (tender.bid_intake !== 'vault') {
    throw new ConflictError(
      'Bids for this tender come in on the e-procurement platform and are opened there.',
    );
  }
}

/**
 * One transaction that locks the tender and decides again on what it locked, so a change of the
 * team or state in between is not overlooked.
 */
export function inLockedTender<T>(
  ctx: ServiceContext,
  operationId: OperationId,
  tenderId: string,
  work: (scope: { trx: Transaction<DB>; current: TenderAccess; now: Date }) => Promise<T>,
): Promise<T> {
  return withTransaction<DB, T>(ctx.db, async (trx) => {
    const tender = await lockTender(trx, tenderId);
    if (tender === undefined) throw new NotFoundError(tenderNotFound);
    const current = {
      tender,
      team: await listTeamMembers(trx, tenderId),
      breakGlass: await breakGlassOfficers(trx, tender),
    };
    const object = tenderAccessObject(current);
    const decision = decide({ principal: ctx.principal, operationId, object });
    if (!decision.allowed) throw refusalError(decision.refusal, object);
    return work({ trx, current, now: await ctx.clock.now<DB>(trx) });
  });
}

export async function findSession(
  db: Db,
  tenderId: string,
  sessionId: string,
): Promise<OpeningSessionRow> {
  const row = await db
    .selectFrom('opening_session')
    .selectAll()
    .where('id', '=', sessionId)
    .where('tender_id', '=', tenderId)
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError(sessionNotFound);
  return row;
}

export function assertOpen(session: OpeningSessionRow): void {
  if (session.state !== 'open') {
    throw new ConflictError(`This opening session has ended (${session.state}).`);
  }
}

/** Who confirmed their presence in a session, with their names, in the order they came. */
export function presenceOf(db: Db, sessionId: string) {
  return db
    .selectFrom('opening_session_presence')
    .innerJoin('app_user', 'app_user.id', 'opening_session_presence.user_id')
    .select([
      'opening_session_presence.user_id',
      'opening_session_presence.capacity',
      'opening_session_presence.confirmed_at',
      'app_user.display_name',
    ])
    .where('opening_session_presence.session_id', '=', sessionId)
    .orderBy('opening_session_presence.confirmed_at')
    .orderBy('opening_session_presence.user_id')
    .execute();
}

/**
 * Begins an opening session in the locked tender (the joint opening, or the officers' break-glass
 * with its reason): one open session at a time, and the tender's submission closes with it.
 * Audited as `tender.opening.started`.
 */
export async function beginSession(
  ctx: ServiceContext,
  scope: { trx: Transaction<DB>; tender: TenderAccess['tender']; now: Date; startedBy: string },
  breakGlassReason: string | null,
): Promise<OpeningSession> {
  const { trx, tender, now, startedBy } = scope;
  const open = await trx
    .selectFrom('opening_session')
    .select('id')
    .where('tender_id', '=', tender.id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  if (open !== undefined) {
    throw new ConflictError(`An opening session is already open for this tender (${open.id}).`);
  }
  const session = await trx
    .insertInto('opening_session')
    .values({
      tender_id: tender.id,
      started_by: startedBy,
      started_at: now,
      break_glass_reason: breakGlassReason,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (tender.state === 'published') {
    await trx
      .updateTable('tender')
      .set({ state: 'submissionClosed', version: tender.version + 1, updated_at: now })
      .where('id', '=', tender.id)
      .execute();
  }
  await auditTenderChange(trx, ctx, {
    action: 'tender.opening.started',
    object: tenderRef(tender.id),
    before: { state: tender.state },
    after: {
      state: 'submissionClosed',
      sessionId: session.id,
      startedBy,
      ...(breakGlassReason !== null && { breakGlass: { reason: breakGlassReason } }),
    },
  });
  return sessionView(trx, session, now);
}

/** The session as the team sees it: who started it, who is present, whether it can open now. */
export async function sessionView(
  db: Db,
  session: OpeningSessionRow,
  now: Date,
): Promise<OpeningSession> {
  const presence = await presenceOf(db, session.id);
  const starter = await db
    .selectFrom('app_user')
    .select('display_name')
    .where('id', '=', session.started_by)
    .executeTakeFirst();
  const held =
    session.state === 'open'
      ? new Set(heldShares(session.id, now).map((share) => share.holderId))
      : new Set<string>();
  return {
    id: session.id,
    tenderId: session.tender_id,
    state: session.state,
    startedAt: session.started_at.toISOString(),
    startedBy: { userId: session.started_by, displayName: starter?.display_name ?? '' },
    endedAt: session.ended_at?.toISOString() ?? null,
    breakGlassReason: session.break_glass_reason,
    threshold: KEY_SHARE_THRESHOLD,
    present: presence.map((row) => ({
      userId: row.user_id,
      displayName: row.display_name,
      capacity: row.capacity,
      confirmedAt: row.confirmed_at.toISOString(),
      shareHeld: held.has(row.user_id),
    })),
    canOpen: session.state === 'open' && held.size >= KEY_SHARE_THRESHOLD,
    recordSha256: session.record_sha256,
  };
}
