import type { OpeningSession } from '@tenderwise/schema';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.ts';
import {
  openHolderShare,
  parseLockedKey,
  unlockHolderKey,
} from '../../security/vault/holder-keys.ts';
import { wipeKeyShare, type KeyShare } from '../../security/vault/key-shares.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, recordingTenderRefusals, tenderRef } from '../tenders/audit.ts';
import { tenderNotFound } from '../tenders/tender-access.ts';
import { holdShare } from './keyring.ts';
import {
  assertOpen,
  assertVault,
  authorizedTender,
  findSession,
  inLockedTender,
  sessionView,
} from './opening-steps.ts';

/**
 * An opening officer or deputy confirms their presence in an open session with their opening
 * passphrase: it unlocks their personal key, which opens their sealed share of the tender's key.
 * The unlocked share is held in the server's memory only (`keyring.ts`), never stored, logged or
 * returned. A wrong passphrase is refused (403) and recorded, and nothing is held.
 *
 * The Argon2id derivation runs before the transaction: it takes its memory and a noticeable
 * moment, and holding the tender locked meanwhile would stall everybody else.
 */
export async function confirmOpeningPresence({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; sessionId: string; passphrase: string };
}): Promise<OpeningSession> {
  const operationId = 'confirmOpeningPresence';
  const { tenderId, sessionId, passphrase } = input;
  const { found, caller } = await authorizedTender(ctx, operationId, tenderId);
  return recordingTenderRefusals(
    ctx,
    { action: 'tender.opening.presence_confirmed', object: tenderRef(tenderId) },
    async () => {
      if (found === undefined) throw new NotFoundError(tenderNotFound);
      assertVault(found.tender);
      const session = await findSession(ctx.db, tenderId, sessionId);
      assertOpen(session);
      // A break-glass session takes the officers' split, the joint opening the opening holders'.
      const split = session.break_glass_reason === null ? 'opening' : 'breakGlass';
      const held = found.team
        .filter((member) => member.user_id === caller.userId)
        .map((member) => member.capacity);
      const fits =
        split === 'opening'
          ? held.includes('openingOfficer') || held.includes('openingDeputy')
          : held.includes('officer');
      if (!fits) {
        throw new ForbiddenError(
          split === 'opening'
            ? 'Only the opening officers and their deputies take part in the joint opening.'
            : 'Only the officers of the tender take part in a break-glass opening.',
        );
      }
      const [keyRow, shareRow] = await Promise.all([
        ctx.db
          .selectFrom('tender_opening_key')
          .select('locked_private_key')
          .where('tender_id', '=', tenderId)
          .where('user_id', '=', caller.userId)
          .executeTakeFirst(),
        ctx.db
          .selectFrom('tender_key_share')
          .select('sealed_share')
          .where('tender_id', '=', tenderId)
          .where('kind', '=', split)
          .where('holder_user_id', '=', caller.userId)
          .executeTakeFirst(),
      ]);
      if (keyRow === undefined || shareRow === undefined) {
        throw new ConflictError('No share of this tender’s key was sealed to you at publication.');
      }
      const personal = await unlockHolderKey(parseLockedKey(keyRow.locked_private_key), passphrase);
      let share: KeyShare;
      try {
        share = await openHolderShare(personal, shareRow.sealed_share, {
          tenderId,
          holderId: caller.userId,
          split,
        });
      } finally {
        personal.fill(0);
      }
      let now: Date;
      try {
        now = await inLockedTender(ctx, operationId, tenderId, async ({ trx, current, now }) => {
          assertOpen(await findSession(trx, tenderId, sessionId));
          const capacities = current.team
            .filter((member) => member.user_id === caller.userId)
            .map((member) => member.capacity);
          const capacity =
            split === 'breakGlass'
              ? 'officer'
              : capacities.includes('openingOfficer')
                ? 'openingOfficer'
                : 'openingDeputy';
          // A second confirmation (after a restart, or once the time limit passed) keeps the first row.
          await trx
            .insertInto('opening_session_presence')
            .values({ session_id: sessionId, user_id: caller.userId, capacity, confirmed_at: now })
            .onConflict((oc) => oc.columns(['session_id', 'user_id']).doNothing())
            .execute();
          await auditTenderChange(trx, ctx, {
            action: 'tender.opening.presence_confirmed',
            object: tenderRef(tenderId),
            after: { sessionId, userId: caller.userId, capacity },
          });
          return now;
        });
        holdShare(sessionId, share, now);
      } catch (error) {
        wipeKeyShare(share);
        throw error;
      }
      return sessionView(ctx.db, await findSession(ctx.db, tenderId, sessionId), now);
    },
  );
}
