import {
  BidContent,
  ContractValueInput,
  type BidContentInput,
  type EvaluationScheme,
} from '@tenderwise/schema';
import type { Kysely } from 'kysely';
import { insertTeamMember } from '../../../src/db/repositories/tenders.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import type { DB } from '../../../src/db/types.ts';
import { canonicalHash, canonicalJson } from '../../../src/engine/canonical/canonical-json.ts';
import { schemeCommitment } from '../../../src/engine/canonical/commitment.ts';
import { ordinal, price, scheme as schemeOf, text } from '../../fixtures/schemes.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';
import { authorityPeople, readyTender } from '../tender-schemes/ready-tender.ts';

/**
 * The scheme the evaluation fixtures publish for lot 1: two ordinal criteria the panel scores
 * (`concept` 40 %, `support` 20 %), a metric criterion the engine scores (`availability` 10 %,
 * 99.0 % worst, 99.99 % best) and the price (30 %, lowest price ratio); one exclusion ground, one
 * suitability criterion and one minimum requirement. Submission deadline 2026-03-02.
 */
export function evaluationScheme(): EvaluationScheme {
  return schemeOf(
    [
      ordinal('concept', 4_000),
      ordinal('support', 2_000),
      {
        kind: 'metric',
        id: 'availability',
        parentId: null,
        title: text('availability'),
        weightBp: 1_000,
        subject: 'service',
        unit: 'PCT',
        utility: { kind: 'linear', worst: 99, best: 99.99 },
      },
      price(3_000),
    ],
    {
      id: 'evaluation-fixture',
      submissionDeadline: '2026-03-02',
      regime: 'VgV',
      exclusionGrounds: [{ id: 'eg-123', legalType: 'exclusion', title: text('§ 123 GWB') }],
      suitability: [{ id: 'su-references', legalType: 'suitability', title: text('references') }],
      minimumRequirements: [
        { id: 'mr-hosting', legalType: 'minimum', title: text('hosting in the EU') },
      ],
    },
  );
}

/** A bid's content answering every criterion of `evaluationScheme`. */
export function evaluationBidContent(
  name: string,
  amount: number,
  options: { availability?: number; hostingMet?: boolean } = {},
): BidContentInput {
  return {
    bidder: { kind: 'single', company: { name, country: 'DE' } },
    subcontractors: [],
    answers: {
      'eg-123': { kind: 'declaration', met: true },
      'su-references': { kind: 'declaration', met: true, note: 'Three references, 2023–2025.' },
      'mr-hosting': { kind: 'declaration', met: options.hostingMet ?? true },
      concept: { kind: 'offer', text: `${name}: operating concept with named roles.` },
      support: { kind: 'offer', text: `${name}: support 24/7 in German.` },
      availability: { kind: 'metric', value: options.availability ?? 99.9 },
    },
    price: { kind: 'totalPrice', amount },
    declarations: { art5k: true, exclusionGrounds: true },
    documents: [],
    declarant: { name: `Dana ${name}`, function: 'Geschäftsführerin' },
  };
}

export interface EvaluationTender {
  tenderId: string;
  organisationId: string;
  lead: User;
  second: User;
  reviewer: User;
  evaluators: [User, User];
  /** The bids of lot 1 in the order given, with their vendors and a user of each vendor. */
  bids: { id: string; organisationId: string; vendorUser: User; name: string }[];
  scheme: EvaluationScheme;
}

const openedAt = new Date('2026-03-02T12:00:00Z');

/**
 * An opened VgV tender (`readyTender`, bids in our vault) with the evaluation scheme published as
 * version 1 of lot 1, two evaluators on the team, and one opened bid per entry of `bids`, each of
 * its own vendor: what the evaluation starts from, made directly in the database so that tests
 * stay fast (the opening itself is tested in `bid-opening`). Estimated value €900,000 net. Opened 2026-03-02 12:00 UTC; set the
 * clock after that.
 */
export async function evaluationTender(
  db: Kysely<DB>,
  bids: readonly { name: string; content?: BidContentInput; amount?: number }[] = [
    { name: 'Alpha' },
    { name: 'Beta' },
    { name: 'Gamma' },
  ],
): Promise<EvaluationTender> {
  const people = await authorityPeople(db);
  const tenderId = await readyTender(db, people);
  const evaluators: [User, User] = [
    await seedUser(db, 'officer', people.organisationId),
    await seedUser(db, 'officer', people.organisationId),
  ];
  for (const evaluator of evaluators) {
    await insertTeamMember(db, {
      tenderId,
      userId: evaluator.id,
      capacity: 'evaluator',
      deputyForUserId: null,
      addedBy: people.lead.id,
      at: openedAt,
    });
  }
  await db
    .updateTable('tender_team_member')
    .set({ declared_at: openedAt, declaration_version: '1' })
    .where('tender_id', '=', tenderId)
    .execute();
  const scheme = evaluationScheme();
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
  const estimate = ContractValueInput.parse({
    contractKind: 'suppliesServices',
    lots: [{ id: 'lot-1', basis: { kind: 'totalPrice', amount: '900000' } }],
  });
  await db
    .updateTable('tender')
    .set({
      state: 'opened',
      estimated_value: canonicalJson(estimate),
      bid_intake: 'vault',
      publication_requested_by: people.lead.id,
      publication_requested_at: new Date('2026-01-15T09:00:00Z'),
      publication_requested_version: 1,
      approved_by: people.second.id,
      published_at: new Date('2026-01-15T10:00:00Z'),
    })
    .where('id', '=', tenderId)
    .execute();
  const session = await db
    .insertInto('opening_session')
    .values({ tender_id: tenderId, started_by: people.lead.id, started_at: openedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  const made: EvaluationTender['bids'] = [];
  for (const [index, entry] of bids.entries()) {
    const vendor = await seedOrganisation(db, 'vendor');
    const vendorUser = await seedUser(db, 'vendor', vendor.id);
    const content = BidContent.parse(
      entry.content ?? evaluationBidContent(entry.name, entry.amount ?? 800_000 + index * 50_000),
    );
    const received = new Date(openedAt.getTime() - (bids.length - index) * 3_600_000);
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
        created_at: received,
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
        received_at: received,
        late: false,
        opening_session_id: session.id,
        opened_at: openedAt,
      })
      .execute();
    made.push({ id: bid.id, organisationId: vendor.id, vendorUser, name: entry.name });
  }
  const record = { tender: { id: tenderId }, bids: made.map((bid) => bid.id) };
  await db
    .updateTable('opening_session')
    .set({
      state: 'opened',
      ended_at: openedAt,
      record: canonicalJson(record),
      record_sha256: canonicalHash(record),
    })
    .where('id', '=', session.id)
    .execute();
  return {
    tenderId,
    organisationId: people.organisationId,
    lead: people.lead,
    second: people.second,
    reviewer: people.reviewer,
    evaluators,
    bids: made,
    scheme,
  };
}
