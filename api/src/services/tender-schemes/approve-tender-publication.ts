import type { TenderPublicationResponse, TenderVersionInput } from '@tenderwise/schema';
import { touchTender } from '../../db/repositories/tenders.ts';
import { ConflictError, ForbiddenError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { sealTender } from '../bid-vault/seal-tender.ts';
import { tenderReadiness } from './readiness.ts';
import {
  insertSchemeVersion,
  listLots,
  onTender,
  storedTenderScheme,
  versionSummary,
} from './scheme-rows.ts';
import { assertDraft, assertTenderVersion, notReady } from './tender-version.ts';

/** The refusal of the officer who asked for the publication: a second officer approves it. */
export const fourEyesRefusal =
  'Four-eyes rule: the officer who asked for the publication cannot approve it; a second officer on the team approves.';

/**
 * A second officer on the team approves the requested publication (four eyes; the one who asked
 * is refused with 403, and the refusal is recorded). The request must still be for the current
 * version (409 when the tender changed since) and the tender still ready (422). In one
 * transaction, every lot's draft becomes its scheme version 1, with the tender's submission day
 * and regime, stored as canonical JSON (RFC 8785) under the SHA-256 commitment over those bytes;
 * the tender is published at the clock's time. From then on the database refuses any change of
 * the versions and of the lots. A tender whose bids come to the vault gets its key in the same
 * transaction, shared among its opening officers and deputies (`sealTender`, ADR 0041).
 */
export async function approveTenderPublication({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: TenderVersionInput & { tenderId: string };
}): Promise<TenderPublicationResponse> {
  return changeTender(
    ctx,
    {
      operationId: 'approveTenderPublication',
      tenderId: input.tenderId,
      action: 'tender.publication.approved',
    },
    async ({ trx, current, now, caller }) => {
      const { tender } = current;
      assertDraft(tender);
      const requestedBy = tender.publication_requested_by;
      if (requestedBy === null) {
        throw new ConflictError('Publication of this tender was not asked for.');
      }
      if (requestedBy === caller.userId) throw new ForbiddenError(fourEyesRefusal);
      if (tender.publication_requested_version !== tender.version) {
        throw new ConflictError(
          'The tender changed since its publication was asked for: the request no longer holds; ' +
            'ask for publication again.',
        );
      }
      assertTenderVersion(tender, input.version);
      const missing = await tenderReadiness(trx, tender, now);
      if (missing.length > 0) throw notReady(missing);

      const versions = [];
      for (const lot of await listLots(trx, tender.id)) {
        // Readiness ensured a valid draft for every lot.
        const scheme = onTender(storedTenderScheme(lot.scheme_draft!), tender, now);
        versions.push(
          await insertSchemeVersion(trx, {
            tenderId: tender.id,
            lotNumber: lot.number,
            number: 1,
            scheme,
            correctionNumber: null,
            by: caller.userId,
            at: now,
          }),
        );
      }
      // Bids to the vault: the tender's key is made and shared out now, in this transaction.
      const sealing =
        tender.bid_intake === 'vault' ? await sealTender(trx, tender, current.team, now) : null;
      await touchTender(trx, tender, now);
      const published = await trx
        .updateTable('tender')
        .set({ state: 'published', approved_by: caller.userId, published_at: now })
        .where('id', '=', tender.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const schemeVersions = versions.map(versionSummary);
      await auditTenderChange(trx, ctx, {
        action: 'tender.publication.approved',
        object: tenderRef(tender.id),
        before: { version: tender.version, state: tender.state },
        after: {
          version: published.version,
          state: published.state,
          requestedBy,
          approvedBy: caller.userId,
          commitments: schemeVersions.map(({ lotNumber, number, commitment }) => ({
            lotNumber,
            number,
            commitment,
          })),
          ...(sealing !== null && { vault: sealing }),
        },
      });
      return {
        tenderId: published.id,
        version: published.version,
        state: 'published',
        requestedBy,
        approvedBy: caller.userId,
        publishedAt: now.toISOString(),
        schemeVersions,
      };
    },
  );
}
