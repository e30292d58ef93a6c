import type { PlatformOutage, PlatformOutageInput, PlatformOutageList } from '@tenderwise/schema';
import type { Selectable } from 'kysely';
import type { PlatformOutageTable } from '../../db/tables/bids.ts';
import { ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange } from '../tenders/audit.ts';
import { changeTender, readableTender } from '../tenders/tender-steps.ts';

const outageOf = (row: Selectable<PlatformOutageTable>): PlatformOutage => ({
  id: row.id,
  tenderId: row.tender_id,
  startedAt: row.started_at.toISOString(),
  endedAt: row.ended_at.toISOString(),
  description: row.description,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at.toISOString(),
});

/**
 * An officer on the team records an outage of the submission channel, from publication on: a
 * late bid the bidder is not responsible for is admitted (§ 57 (1) Nr. 1 VgV), and the record
 * is what such a decision rests on. Recorded once, never changed; audited on the tender.
 */
export async function recordPlatformOutage({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; outage: PlatformOutageInput };
}): Promise<PlatformOutage> {
  const { tenderId, outage } = input;
  return changeTender(
    ctx,
    { operationId: 'recordPlatformOutage', tenderId, action: 'tender.outage.recorded' },
    async ({ trx, now, caller }) => {
      const startedAt = new Date(outage.startedAt);
      const endedAt = new Date(outage.endedAt);
      if (endedAt <= startedAt) {
        throw new ValidationError('The outage must end after it started.', [
          { in: 'body', pointer: '/endedAt', detail: 'must be after startedAt' },
        ]);
      }
      if (startedAt > now) {
        throw new ValidationError('An outage is recorded once it began.', [
          { in: 'body', pointer: '/startedAt', detail: 'must not be in the future' },
        ]);
      }
      const row = await trx
        .insertInto('platform_outage')
        .values({
          tender_id: tenderId,
          started_at: startedAt,
          ended_at: endedAt,
          description: outage.description,
          recorded_by: caller.userId,
          recorded_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const recorded = outageOf(row);
      await auditTenderChange(trx, ctx, {
        action: 'tender.outage.recorded',
        object: { type: 'tender', id: tenderId },
        after: recorded,
      });
      return recorded;
    },
  );
}

/** The tender's recorded outages, the earliest first; for its team. */
export async function listPlatformOutages({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<PlatformOutageList> {
  await readableTender(ctx, 'listPlatformOutages', input.tenderId);
  const rows = await ctx.db
    .selectFrom('platform_outage')
    .selectAll()
    .where('tender_id', '=', input.tenderId)
    .orderBy('started_at')
    .orderBy('id')
    .execute();
  return { outages: rows.map(outageOf) };
}
