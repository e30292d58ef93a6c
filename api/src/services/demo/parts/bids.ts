import type { DemoObjectCount, DemoVaultTender } from '@tenderwise/schema';
import { fixedClock } from '../../../clock.ts';
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
    return [tenders, bids] satisfies DemoObjectCount[];
  },
};

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
    .map((bid) => ({
      bid,
      at:
        bid.minutesLate !== undefined
          ? deadline!.getTime() + bid.minutesLate * 60_000
          : deadline!.getTime() - bid.hoursBeforeDeadline! * hourMs,
    }))
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
