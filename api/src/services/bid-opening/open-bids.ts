import type { BidContent, OpeningRecord, OpeningSession } from '@tenderwise/schema';
import { sql } from 'kysely';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { canonicalHash, canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { recombine } from '../../security/vault/key-shares.ts';
import { SealedBidUnreadableError } from '../../security/vault/errors.ts';
import { openBidContent } from '../bid-vault/sealed-content.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, recordingTenderRefusals, tenderRef } from '../tenders/audit.ts';
import { tenderNotFound } from '../tenders/tender-access.ts';
import { heldShares, wipeSession } from './keyring.ts';
import { checkSealedBid, recordBid } from './opening-record.ts';
import {
  assertOpen,
  assertVault,
  authorizedTender,
  findSession,
  inLockedTender,
  presenceOf,
  sessionView,
} from './opening-steps.ts';

/**
 * A holder present in an open session opens the bids (§ 55 VgV): the shares held for the session,
 * of at least two different holders (§ 55 (1) VgV: two representatives together), recombine to
 * the tender's key, which is checked against its public key. Every bid in force is opened from
 * its latest submission, after its sealed bytes are checked against the receipt's SHA-256; a
 * mismatch or a bid that does not open is recorded as such, never dropped. The opened contents
 * and the opening record (Niederschrift, § 55 (2) VgV) are stored, the tender moves to `opened`,
 * and the key and the shares are wiped.
 */
export async function openBids({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; sessionId: string };
}): Promise<OpeningSession> {
  const operationId = 'openBids';
  const { tenderId, sessionId } = input;
  const { found, caller } = await authorizedTender(ctx, operationId, tenderId);
  return recordingTenderRefusals(
    ctx,
    { action: 'tender.opening.opened', object: tenderRef(tenderId) },
    async () => {
      if (found === undefined) throw new NotFoundError(tenderNotFound);
      assertVault(found.tender);
      return inLockedTender(ctx, operationId, tenderId, async ({ trx, current, now }) => {
        const session = await findSession(trx, tenderId, sessionId);
        assertOpen(session);
        const presence = await presenceOf(trx, sessionId);
        const shares = heldShares(sessionId, now);
        if (!shares.some((share) => share.holderId === caller.userId)) {
          throw new ConflictError('Confirm your presence with your opening passphrase first.');
        }
        const vault = await trx
          .selectFrom('tender_vault')
          .select('public_key')
          .where('tender_id', '=', tenderId)
          .executeTakeFirst();
        if (vault === undefined) throw new NotFoundError(tenderNotFound);
        // Throws 409 below two different holders, and when the key does not fit the tender.
        const privateKey = await recombine(shares, { tenderId, publicKey: vault.public_key });
        try {
          const bids = await trx
            .selectFrom('bid')
            .innerJoin('bid_submission', 'bid_submission.bid_id', 'bid.id')
            .select([
              'bid.id',
              'bid.lot_number',
              'bid_submission.number',
              'bid_submission.sealed_enc',
              'bid_submission.sealed_ciphertext',
              'bid_submission.sealed_sha256',
              'bid_submission.received_at',
              'bid_submission.late',
            ])
            .where('bid.tender_id', '=', tenderId)
            .where('bid.source', '=', 'vault')
            .where('bid.withdrawn_at', 'is', null)
            .where(
              'bid_submission.number',
              '=',
              sql<number>`(select max(s.number) from bid_submission s where s.bid_id = bid.id)`,
            )
            .orderBy('bid.lot_number')
            .orderBy('bid_submission.received_at')
            .orderBy('bid.id')
            .execute();
          const lines = [];
          for (const bid of bids) {
            const sealed = {
              enc: Uint8Array.from(bid.sealed_enc),
              ciphertext: Uint8Array.from(bid.sealed_ciphertext),
            };
            const { computedSha256, matches } = checkSealedBid(sealed, bid.sealed_sha256);
            let opened: { content: BidContent; canonical: string } | null = null;
            try {
              opened = await openBidContent(privateKey, sealed, {
                tenderId,
                lotNumber: bid.lot_number,
                bidId: bid.id,
              });
            } catch (error) {
              if (!(error instanceof SealedBidUnreadableError)) throw error;
            }
            if (opened !== null) {
              await trx
                .insertInto('bid_opened_content')
                .values({
                  bid_id: bid.id,
                  submission_number: bid.number,
                  content: opened.canonical,
                  content_sha256: canonicalHash(opened.content),
                  received_at: bid.received_at,
                  late: bid.late,
                  opening_session_id: sessionId,
                  opened_at: now,
                })
                .execute();
            }
            lines.push(
              recordBid({
                bidId: bid.id,
                lotNumber: bid.lot_number,
                submission: bid.number,
                receivedAt: bid.received_at,
                late: bid.late,
                receiptSha256: bid.sealed_sha256,
                computedSha256,
                check: !matches ? 'hashMismatch' : opened === null ? 'unreadable' : 'passed',
                content: opened?.content ?? null,
              }),
            );
          }
          const record: OpeningRecord = {
            tender: {
              id: tenderId,
              reference: current.tender.reference,
              title: current.tender.title,
            },
            session: {
              id: sessionId,
              startedAt: session.started_at.toISOString(),
              endedAt: now.toISOString(),
              breakGlassReason: session.break_glass_reason,
            },
            present: presence.map((row) => ({
              userId: row.user_id,
              name: row.display_name,
              capacity: row.capacity,
              confirmedAt: row.confirmed_at.toISOString(),
            })),
            openedBy: caller.userId,
            bids: lines,
          };
          const text = canonicalJson(record);
          const recordSha256 = canonicalHash(record);
          const ended = await trx
            .updateTable('opening_session')
            .set({ state: 'opened', ended_at: now, record: text, record_sha256: recordSha256 })
            .where('id', '=', sessionId)
            .returningAll()
            .executeTakeFirstOrThrow();
          await trx
            .updateTable('tender')
            .set({ state: 'opened', version: current.tender.version + 1, updated_at: now })
            .where('id', '=', tenderId)
            .execute();
          await auditTenderChange(trx, ctx, {
            action: 'tender.opening.opened',
            object: tenderRef(tenderId),
            before: { state: current.tender.state, sessionId },
            after: { state: 'opened', sessionId, recordSha256, bids: lines.length },
          });
          const view = await sessionView(trx, ended, now);
          wipeSession(sessionId);
          return view;
        } finally {
          privateKey.fill(0);
        }
      });
    },
  );
}
