import type { Kysely } from 'kysely';
import { insertTeamMember } from '../../../src/db/repositories/tenders.ts';
import type { DB } from '../../../src/db/types.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import { blankScheme } from '../../../src/domain/options-reviews/scheme-start.ts';
import { canonicalJson } from '../../../src/engine/canonical/canonical-json.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';

const at = new Date('2026-01-05T10:00:00Z');
let sequence = 0;

/** An authority with two officers (the lead and a second one) and a reviewer. */
export async function authorityPeople(db: Kysely<DB>) {
  const { id } = await seedOrganisation(db, 'authority');
  return {
    organisationId: id,
    lead: await seedUser(db, 'officer', id),
    second: await seedUser(db, 'officer', id),
    reviewer: await seedUser(db, 'reviewer', id),
  };
}

/**
 * A draft VgV open procedure in Berlin that is ready for publication as of 2026-01-15: lot 1
 * with a blank draft scheme, the estimated value, deadlines (submission 2026-03-02 12:00 Berlin,
 * 46 days after the clock's start), the lead and the second officer as officers, three opening
 * officers each with a deputy, the reviewer, every member declared. `ready: false` leaves out
 * what readiness asks for beyond the tender row and lot.
 */
export async function readyTender(
  db: Kysely<DB>,
  people: { organisationId: string; lead: User; second: User; reviewer: User },
  options: { ready?: boolean } = {},
): Promise<string> {
  const ready = options.ready ?? true;
  sequence += 1;
  const tender = await db
    .insertInto('tender')
    .values({
      organisation_id: people.organisationId,
      reference: `S-${Date.now()}-${sequence}`,
      title: 'Kollaborationsplattform',
      regime: 'VgV',
      procedure_type: 'vgv.open',
      land: 'DE-BE',
      authority_kind: 'otherPublicAuthority',
      contract_kind: 'suppliesServices',
      estimated_value: ready ? '{"net":"900000.00"}' : null,
      estimated_on: ready ? '2026-01-05' : null,
      no_lots_reasons: ready ? 'Eine einheitliche Plattform.' : null,
      max_lots_per_bidder: null,
      max_lots_per_award: null,
      submission_deadline: new Date('2026-03-02T11:00:00Z'),
      questions_deadline: new Date('2026-02-20T22:59:59Z'),
      bid_validity_until: '2026-05-29',
      procedure_ground: null,
      lead_user_id: people.lead.id,
      publication_requested_by: null,
      publication_requested_at: null,
      publication_requested_version: null,
      approved_by: null,
      published_at: null,
      cancelled_by: null,
      cancelled_at: null,
      cancellation_ground: null,
      cancellation_reasons: null,
      created_by: people.lead.id,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const add = (
    userId: string,
    capacity: Parameters<typeof insertTeamMember>[1]['capacity'],
    deputyForUserId: string | null = null,
  ) =>
    insertTeamMember(db, {
      tenderId: tender.id,
      userId,
      capacity,
      deputyForUserId,
      addedBy: people.lead.id,
      at,
    });
  await add(people.lead.id, 'officer');
  await add(people.second.id, 'officer');
  await add(people.reviewer.id, 'reviewer');
  if (ready) {
    for (let index = 0; index < 3; index += 1) {
      const opener = await seedUser(db, 'officer', people.organisationId);
      const deputy = await seedUser(db, 'officer', people.organisationId);
      await add(opener.id, 'openingOfficer');
      await add(deputy.id, 'openingDeputy', opener.id);
    }
    await db
      .updateTable('tender_team_member')
      .set({ declared_at: at, declaration_version: '1' })
      .where('tender_id', '=', tender.id)
      .execute();
  }
  await db
    .insertInto('tender_lot')
    .values({
      tender_id: tender.id,
      number: 1,
      title: 'Gesamtleistung',
      scheme_draft: canonicalJson(
        blankScheme({ title: 'Kollaborationsplattform', referenceDate: '2026-03-02' }),
      ),
      scheme_origin_kind: 'blank',
      scheme_origin_template_id: null,
      scheme_origin_template_version: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return tender.id;
}

/** Vendor organisations that registered interest in the tender; their ids. */
export async function interestedVendors(
  db: Kysely<DB>,
  tenderId: string,
  count: number,
): Promise<string[]> {
  const ids = [];
  for (let index = 0; index < count; index += 1) {
    const vendor = await seedUser(db, 'vendor');
    await db
      .insertInto('tender_interest')
      .values({
        tender_id: tenderId,
        organisation_id: vendor.organisation_id,
        registered_by_user_id: vendor.id,
        registered_by_api_key_id: null,
        registered_at: at,
      })
      .execute();
    ids.push(vendor.organisation_id);
  }
  return ids;
}
