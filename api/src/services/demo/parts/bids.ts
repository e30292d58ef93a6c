import type {
  BidImportFile,
  DemoImportedTender,
  DemoObjectCount,
  DemoVaultTender,
} from '@tenderwise/schema';
import { importBids } from '../../bid-imports/bid-imports.ts';
import { fixedClock, type FixedClock } from '../../../clock.ts';
import { setOpeningPassphrase } from '../../bid-vault/set-opening-passphrase.ts';
import { submitBid } from '../../bids/submit-bid.ts';
import { actingAs } from '../acting-as.ts';
import type { DemoPart, DemoStep } from '../demo-part.ts';
import { createDemoTender } from './tenders.ts';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/**
 * The demo's bids. A tender whose bids came to the vault is played out before the load, on a
 * clock of its own that runs in the past: it is prepared and published `preparedDaysAgo` days
 * ago by the tender verbs (so the minimum submission period holds), its opening officers and
 * deputies set their opening passphrases first, and the demo vendors submit their bids through
 * the vault before the deadline, one of them late. The audit entries carry the times of that
 * story. What remains for the person trying the demo is the joint opening (§ 55 VgV).
 *
 * In the demo an opening officer's passphrase is their sign-in password, which the credentials
 * file holds: a real installation keeps the two apart. A vault tender is therefore made only in
 * a load that also creates its opening officers; otherwise nobody could open it.
 */
export const bidsPart: DemoPart<'bids'> = {
  name: 'bids',
  async load(step, data) {
    const tenders = { kind: 'vault_tender', created: 0, present: 0 };
    const bids = { kind: 'bid', created: 0, present: 0 };
    for (const vault of data.vaultTenders) {
      if (step.objects.idOf('tender', vault.tender.key) !== undefined) {
        tenders.present++;
        bids.present += vault.bids.length;
        continue;
      }
      if (!holdersKnown(step, vault)) continue;
      await createVaultTender(step, vault);
      tenders.created++;
      bids.created += vault.bids.length;
    }
    const imported = { kind: 'imported_tender', created: 0, present: 0 };
    for (const tender of data.importedTenders) {
      if (step.objects.idOf('tender', tender.tender.key) !== undefined) {
        imported.present++;
        bids.present += tender.bids.length;
        continue;
      }
      await createImportedTender(step, tender);
      imported.created++;
      bids.created += tender.bids.length;
    }
    return [tenders, imported, bids] satisfies DemoObjectCount[];
  },
};

/**
 * The platform's tender: prepared and published in the past, its bids opened on the platform
 * after the deadline, and the export imported by the lead a little later (`importDemoBids`).
 */
async function createImportedTender(step: DemoStep, imported: DemoImportedTender): Promise<void> {
  const preparedAt = new Date(step.now.getTime() - imported.preparedDaysAgo * dayMs);
  const clock = fixedClock(preparedAt);
  const past: DemoStep = { ...step, ctx: { ...step.ctx, clock }, now: preparedAt };
  const tenderId = await createDemoTender(past, imported.tender, { bidIntake: 'platform' });
  if (imported.awaitingImport) return;
  await importDemoBids(past, clock, tenderId, imported);
}

/**
 * The platform opens the bids `openedMinutesAfterDeadline` after the deadline, and two hours later
 * the lead imports its export with a short opening record (its bytes are the demo's; only their
 * hash is kept). Runs on the past clock of the tender's story, which it leaves at the import.
 * Answers the ids of the imported bids in the order of `imported.bids`.
 */
export async function importDemoBids(
  past: DemoStep,
  clock: FixedClock,
  tenderId: string,
  imported: Pick<DemoImportedTender, 'tender' | 'platform' | 'openedMinutesAfterDeadline' | 'bids'>,
): Promise<{ openedAt: Date; bidIds: string[] }> {
  const as = actingAs(past);
  const { submission_deadline: deadline } = await past.ctx.db
    .selectFrom('tender')
    .select('submission_deadline')
    .where('id', '=', tenderId)
    .executeTakeFirstOrThrow();
  const openedAt = new Date(deadline!.getTime() + imported.openedMinutesAfterDeadline * 60_000);
  const file: BidImportFile = {
    format: 'tenderwise-bid-import',
    version: 1,
    tenderReference: imported.tender.reference,
    platform: imported.platform,
    openedAt: openedAt.toISOString(),
    bids: imported.bids.map((bid) => ({
      lotNumber: bid.lotNumber,
      receivedAt: arrivalOf(bid, deadline!).toISOString(),
      late: bid.minutesLate !== undefined,
      content: bid.content,
    })),
  };
  const record =
    `Niederschrift über die Öffnung der Angebote (fiktiv, Demo)\n` +
    `Vergabenummer ${imported.tender.reference}, geöffnet ${openedAt.toISOString()} auf ` +
    `${imported.platform}; ${imported.bids.length} Angebote.\n`;
  clock.set(new Date(openedAt.getTime() + 2 * hourMs));
  const done = await importBids({
    ctx: await as(imported.tender.lead),
    input: {
      tenderId,
      fileName: `${imported.tender.reference}-angebote.json`,
      file: new TextEncoder().encode(JSON.stringify(file, null, 2)),
      openingRecordName: `${imported.tender.reference}-niederschrift.txt`,
      openingRecord: new TextEncoder().encode(record),
      platform: imported.platform,
      mapping: undefined,
      language: 'de',
    },
  });
  const rows = await past.ctx.db
    .selectFrom('bid')
    .select('id')
    .where('import_id', '=', done.summary.id)
    .orderBy('import_position')
    .execute();
  return { openedAt, bidIds: rows.map((row) => row.id) };
}

/** When a demo bid arrived, by the deadline: hours before it, or minutes after it (late). */
function arrivalOf(
  bid: { hoursBeforeDeadline?: number | undefined; minutesLate?: number | undefined },
  deadline: Date,
): Date {
  return new Date(
    bid.minutesLate !== undefined
      ? deadline.getTime() + bid.minutesLate * 60_000
      : deadline.getTime() - bid.hoursBeforeDeadline! * hourMs,
  );
}

function holders(vault: DemoVaultTender): string[] {
  return [
    ...new Set(
      vault.tender.team
        .filter((m) => m.capacity === 'openingOfficer' || m.capacity === 'openingDeputy')
        .map((m) => m.user),
    ),
  ];
}

function holdersKnown(step: DemoStep, vault: DemoVaultTender): boolean {
  return holders(vault).every((key) => step.signIns.passwordOf(key) !== undefined);
}

async function createVaultTender(step: DemoStep, vault: DemoVaultTender): Promise<void> {
  const preparedAt = new Date(step.now.getTime() - vault.preparedDaysAgo * dayMs);
  const clock = fixedClock(preparedAt);
  const past: DemoStep = { ...step, ctx: { ...step.ctx, clock }, now: preparedAt };
  const as = actingAs(past);
  const tenderId = await createDemoTender(past, vault.tender, {
    bidIntake: 'vault',
    beforePublication: async (id) => {
      for (const holder of holders(vault)) {
        await setOpeningPassphrase({
          ctx: await as(holder),
          input: { tenderId: id, passphrase: step.signIns.passwordOf(holder)! },
        });
      }
    },
  });
  const { submission_deadline: deadline } = await step.ctx.db
    .selectFrom('tender')
    .select('submission_deadline')
    .where('id', '=', tenderId)
    .executeTakeFirstOrThrow();
  // The bids in the order they arrived, each at its own moment of the story.
  const arrivals = vault.bids
    .map((bid) => ({ bid, at: arrivalOf(bid, deadline!).getTime() }))
    .sort((a, b) => a.at - b.at);
  for (const { bid, at } of arrivals) {
    clock.set(new Date(at));
    const { receipt } = await submitBid({
      ctx: await as(bid.vendor),
      input: { tenderId, lotNumber: bid.lotNumber, content: bid.content },
    });
    await step.objects.remember('bid', bid.key, receipt.bidId);
  }
}
