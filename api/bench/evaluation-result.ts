// The official result of a lot: 50 bids on 100 scored criteria (96 ordinal, 4 metric, and the
// price), five evaluators' submitted sheets and the consensus, rows written directly on a fresh
// embedded database. Times the compute service from the database to the stored result, and the
// engine alone on the same input. Printed, never asserted: the machine is shared and noisy.
import { PGlite } from '@electric-sql/pglite';
import { BidContent, EvaluationScheme } from '@tenderwise/schema';
import { fixedClock } from '../src/clock.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { openPglite, pgliteOptions } from '../src/db/open.ts';
import { insertTeamMember } from '../src/db/repositories/tenders.ts';
import type { User } from '../src/db/repositories/users.ts';
import { canonicalHash, canonicalJson } from '../src/engine/canonical/canonical-json.ts';
import { schemeCommitment } from '../src/engine/canonical/commitment.ts';
import { evaluate } from '../src/engine/evaluation/evaluate.ts';
import { computeOfficialResult } from '../src/services/evaluation-results/compute-official-result.ts';
import type { OfficialInput } from '../src/services/evaluation-results/engine-bids.ts';
import { seedOrganisation, seedUser } from '../test/services/accounts/fixtures.ts';
import { serviceContextFor, userPrincipal } from '../test/harness/service-context.ts';
import { authorityPeople, readyTender } from '../test/services/tender-schemes/ready-tender.ts';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const bidCount = 50;
const evaluatorCount = 5;
const groups = ['sovereignty', 'security', 'operations', 'support'];

const handle = await openPglite(await PGlite.create(pgliteOptions));
await migrateToLatest(handle.db);
const db = handle.db;
const clock = fixedClock('2026-03-10T10:00:00.000Z');
const at = new Date('2026-03-05T10:00:00Z');

// Four groups of 24 ordinal criteria and one metric each (25 × 400 bp), and the price.
const anchors = [0, 1, 2, 3, 4, 5].map((level) => ({ de: `Stufe ${level}`, en: `Level ${level}` }));
const title = (id: string) => ({ de: id, en: id });
const scheme = EvaluationScheme.parse({
  schemaVersion: 1,
  id: 'bench-result',
  title: title('Benchmark'),
  currency: 'EUR',
  submissionDeadline: '2026-03-02',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    ...groups.map((id) => ({
      kind: 'group',
      id,
      parentId: null,
      title: title(id),
      weightBp: 2250,
    })),
    ...groups.flatMap((group) => [
      ...Array.from({ length: 24 }, (_, index) => ({
        kind: 'ordinal',
        id: `${group}-${index + 1}`,
        parentId: group,
        title: title(`${group} ${index + 1}`),
        weightBp: 400,
        subject: 'service',
        scale: 5,
        anchors,
      })),
      {
        kind: 'metric',
        id: `${group}-availability`,
        parentId: group,
        title: title(`${group} availability`),
        weightBp: 400,
        subject: 'service',
        unit: 'PCT',
        utility: { kind: 'linear', worst: 99, best: 99.99 },
      },
    ]),
    { kind: 'price', id: 'price', parentId: null, title: title('Price'), weightBp: 1000 },
  ],
});
const ordinal = scheme.award.filter((node) => node.kind === 'ordinal').map((node) => node.id);
const metric = scheme.award.filter((node) => node.kind === 'metric').map((node) => node.id);

const people = await authorityPeople(db);
const tenderId = await readyTender(db, people);
await db
  .insertInto('tender_scheme_version')
  .values({
    tender_id: tenderId,
    lot_number: 1,
    number: 1,
    scheme: canonicalJson(scheme),
    commitment: schemeCommitment(scheme),
    correction_number: null,
    created_by: people.lead.id,
    created_at: new Date('2026-01-15T10:00:00Z'),
  })
  .execute();
await db
  .updateTable('tender')
  .set({
    state: 'opened',
    bid_intake: 'vault',
    publication_requested_by: people.lead.id,
    publication_requested_at: new Date('2026-01-15T09:00:00Z'),
    publication_requested_version: 1,
    approved_by: people.second.id,
    published_at: new Date('2026-01-15T10:00:00Z'),
  })
  .where('id', '=', tenderId)
  .execute();
const evaluators: User[] = [];
for (let index = 0; index < evaluatorCount; index++) {
  const evaluator = await seedUser(db, 'officer', people.organisationId);
  await insertTeamMember(db, {
    tenderId,
    userId: evaluator.id,
    capacity: 'evaluator',
    deputyForUserId: null,
    addedBy: people.lead.id,
    at,
  });
  await db
    .insertInto('tender_score_sheet')
    .values({
      tender_id: tenderId,
      lot_number: 1,
      user_id: evaluator.id,
      updated_at: at,
      submitted_at: at,
    })
    .execute();
  evaluators.push(evaluator);
}

const bidIds: string[] = [];
for (let index = 0; index < bidCount; index++) {
  const vendor = await seedOrganisation(db, 'vendor');
  const content = BidContent.parse({
    bidder: { kind: 'single', company: { name: `Vendor ${index + 1}`, country: 'DE' } },
    answers: Object.fromEntries(
      metric.map((id, column) => [
        id,
        { kind: 'metric', value: 99 + ((index * 13 + column * 7) % 100) / 100 },
      ]),
    ),
    price: { kind: 'totalPrice', amount: 500_000 + ((index * 7919) % 50) * 20_000 },
    declarations: { art5k: true, exclusionGrounds: true },
    declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
  });
  const bid = await db
    .insertInto('bid')
    .values({
      tender_id: tenderId,
      lot_number: 1,
      source: 'vault',
      organisation_id: vendor.id,
      organisation_kind: 'vendor',
      import_id: null,
      import_position: null,
      created_at: at,
      withdrawn_at: null,
      withdrawn_by_user_id: null,
      withdrawn_by_api_key_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('bid_opened_content')
    .values({
      bid_id: bid.id,
      submission_number: 1,
      content: canonicalJson(content),
      content_sha256: canonicalHash(content),
      received_at: at,
      late: false,
      opening_session_id: null,
      opened_at: at,
    })
    .execute();
  await db
    .insertInto('bid_stage_decision')
    .values({
      bid_id: bid.id,
      stage: 'formal',
      number: 1,
      outcome: 'passed',
      basis: '§ 57 VgV',
      reasons: 'Complete and on time.',
      register_queried_on: null,
      decided_by: people.lead.id,
      decided_at: at,
    })
    .execute();
  bidIds.push(bid.id);
}

/** Inserts rows in batches, as one statement each. */
async function insertBatched<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += 1_000)
    await insert(rows.slice(start, start + 1_000));
}
const score = (row: number, column: number, evaluator: number) =>
  (row * 31 + column * 17 + evaluator) % 6;
await insertBatched(
  bidIds.flatMap((bidId, row) =>
    evaluators.flatMap((evaluator, person) =>
      ordinal.map((criterionId, column) => ({
        tender_id: tenderId,
        lot_number: 1,
        user_id: evaluator.id,
        bid_id: bidId,
        criterion_id: criterionId,
        score: score(row, column, person % 2),
        justification: 'Benchmark',
      })),
    ),
  ),
  (batch) => db.insertInto('tender_score').values(batch).execute(),
);
await insertBatched(
  bidIds.flatMap((bidId, row) =>
    ordinal.map((criterionId, column) => ({
      tender_id: tenderId,
      lot_number: 1,
      bid_id: bidId,
      criterion_id: criterionId,
      score: score(row, column, 0),
      justification: 'Benchmark: the panel agreed on this level against the anchors.',
      resolution: null,
      recorded_by: people.lead.id,
      recorded_at: at,
    })),
  ),
  (batch) => db.insertInto('tender_consensus').values(batch).execute(),
);

const ctx = serviceContextFor(db, clock, userPrincipal(people.lead));
const serviceTimes: number[] = [];
const engineTimes: number[] = [];
let bytes: number | undefined;
try {
  for (let run = 0; run < runs + 1; run++) {
    const started = performance.now();
    const result = await computeOfficialResult({ ctx, input: { tenderId, lotNumber: 1 } });
    // The first warms the JIT.
    if (run >= 1) serviceTimes.push(performance.now() - started);
    if (result.evaluation.ranking.length !== bidCount) throw new Error('Not every bid was ranked');
  }
  const row = await db
    .selectFrom('tender_lot_result')
    .select(['input', 'result'])
    .where('tender_id', '=', tenderId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  bytes = row.result.length;
  const input = JSON.parse(row.input) as OfficialInput;
  for (let run = 0; run < runs + 1; run++) {
    const started = performance.now();
    evaluate(input.scheme, input.bids, input.options);
    if (run >= 1) engineTimes.push(performance.now() - started);
  }
} finally {
  await handle.close();
}
const median = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
};
process.stdout.write(
  `${JSON.stringify({
    name: 'official result 50 bids x 100 criteria x 5 evaluators (compute service, DB to stored result)',
    median_ms: median(serviceTimes),
    runs,
  })}\n${JSON.stringify({
    name: 'official result 50 bids x 100 criteria (engine alone)',
    median_ms: median(engineTimes),
    result_bytes: bytes,
    runs,
  })}\n`,
);
