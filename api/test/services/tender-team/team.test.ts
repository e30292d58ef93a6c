import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { markUserDisabled, type User } from '../../../src/db/repositories/users.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../../src/domain/errors.ts';
import { conflictDeclaration } from '../../../src/domain/tenders/conflict-declaration.ts';
import { addTenderTeamMember } from '../../../src/services/tender-team/add-tender-team-member.ts';
import { declareNoConflictOfInterest } from '../../../src/services/tender-team/declare-no-conflict-of-interest.ts';
import { getTenderRecord } from '../../../src/services/tender-team/get-tender-record.ts';
import { listTenderTeamCandidates } from '../../../src/services/tender-team/list-tender-team-candidates.ts';
import { listTenderTeam } from '../../../src/services/tender-team/list-tender-team.ts';
import { removeTenderTeamMember } from '../../../src/services/tender-team/remove-tender-team-member.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { createTenderIn } from '../../security/access/fixtures/tenders.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';

/**
 * A colleague of the authority who is not on the team is refused by the policy table: as
 * forbidden (they know their authority's tenders exist) or as not found.
 */
const refusedAsOutsider = (error: unknown) =>
  error instanceof ForbiddenError || error instanceof NotFoundError;

describeDatabase('the team of a tender', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  const clock = fixedClock('2027-01-10T09:00:00.000Z');
  const as = (user: User) => serviceContextFor(database.db, clock, userPrincipal(user));

  /** A draft tender of a fresh authority, led by an officer who is its only member. */
  async function draftTender() {
    const { db } = database;
    const authority = await seedOrganisation(db, 'authority');
    const lead = await seedUser(db, 'officer', authority.id);
    const vendor = await seedOrganisation(db, 'vendor');
    const asker = await seedUser(db, 'vendor', vendor.id);
    const tender = await createTenderIn(db, {
      organisationId: authority.id,
      leadUserId: lead.id,
      approver: lead.id,
      team: [{ userId: lead.id, capacity: 'officer' }],
      state: 'draft',
      questionBy: { organisationId: vendor.id, userId: asker.id },
    });
    return { authority, lead, tenderId: tender.id };
  }

  it('builds the opening team with deputies until nothing is missing but the declarations', async () => {
    const { db } = database;
    const { authority, lead, tenderId } = await draftTender();
    const [a, b, c, d, e, f] = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => seedUser(db, 'officer', authority.id)),
    );
    const committee = await seedUser(db, 'reviewer', authority.id);

    let team = await listTenderTeam({ ctx: as(lead), input: { tenderId } });
    expect(team.findings.map((x) => x.id)).toEqual(['tooFewOpeningOfficers', 'declarationMissing']);
    expect(team.members).toEqual([
      expect.objectContaining({ userId: lead.id, lead: true, declared: false }),
    ]);
    expect(team.declarationText.version).toBe(conflictDeclaration.version);

    const add = async (
      userId: string,
      capacity: 'openingOfficer' | 'openingDeputy' | 'evaluator',
      deputyFor?: string,
    ) => {
      team = await addTenderTeamMember({
        ctx: as(lead),
        input: {
          tenderId,
          userId,
          capacity,
          version: team.version,
          ...(deputyFor !== undefined && { deputyFor }),
        },
      });
    };
    for (const opener of [a!, b!, c!]) await add(opener.id, 'openingOfficer');
    await add(d!.id, 'openingDeputy', a!.id);
    await add(e!.id, 'openingDeputy', b!.id);
    await add(f!.id, 'openingDeputy', c!.id);
    await add(committee.id, 'evaluator');
    expect(team.version).toBe(8);
    expect(new Set(team.findings.map((x) => x.id))).toEqual(new Set(['declarationMissing']));
    expect(team.members.find((m) => m.userId === d!.id)!.capacities[0]).toMatchObject({
      capacity: 'openingDeputy',
      deputyFor: { userId: a!.id, displayName: a!.display_name },
      addedBy: { userId: lead.id, displayName: lead.display_name },
      addedAt: '2027-01-10T09:00:00.000Z',
      declaredAt: null,
    });

    // A stale version, a capacity held already, a role that does not allow it, a deputy of
    // nobody on the team, an opening officer as a deputy.
    const refused = (input: Parameters<typeof addTenderTeamMember>[0]['input']) =>
      addTenderTeamMember({ ctx: as(lead), input });
    await expect(
      refused({ tenderId, userId: committee.id, capacity: 'reviewer', version: 7 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      refused({ tenderId, userId: a!.id, capacity: 'openingOfficer', version: 8 }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      refused({ tenderId, userId: committee.id, capacity: 'openingOfficer', version: 8 }),
    ).rejects.toMatchObject({ issues: [{ pointer: '/capacity' }] });
    await expect(
      refused({ tenderId, userId: d!.id, capacity: 'evaluator', deputyFor: a!.id, version: 8 }),
    ).rejects.toMatchObject({ issues: [{ pointer: '/deputyFor' }] });
    await expect(
      refused({
        tenderId,
        userId: b!.id,
        capacity: 'openingDeputy',
        deputyFor: a!.id,
        version: 8,
      }),
    ).rejects.toMatchObject({ issues: [{ pointer: '/userId' }] });
    const stranger = await seedUser(db, 'officer');
    await expect(
      refused({ tenderId, userId: stranger.id, capacity: 'evaluator', version: 8 }),
    ).rejects.toBeInstanceOf(ValidationError);

    // Removing: the lead's officer capacity stays; an opening officer goes after the deputy.
    const remove = (userId: string, capacity: 'officer' | 'openingOfficer' | 'openingDeputy') =>
      removeTenderTeamMember({
        ctx: as(lead),
        input: { tenderId, userId, capacity, version: team.version },
      });
    await expect(remove(lead.id, 'officer')).rejects.toBeInstanceOf(ValidationError);
    await expect(remove(a!.id, 'openingOfficer')).rejects.toMatchObject({
      issues: [{ in: 'path', pointer: '/capacity' }],
    });
    await expect(remove(d!.id, 'officer')).rejects.toBeInstanceOf(NotFoundError);
    team = await remove(d!.id, 'openingDeputy');
    team = await remove(a!.id, 'openingOfficer');
    expect(team.version).toBe(10);
    expect(team.members.map((m) => m.userId)).not.toContain(a!.id);
    expect(team.findings.map((x) => x.id)).toContain('tooFewOpeningOfficers');
    await expect(
      removeTenderTeamMember({
        ctx: as(lead),
        input: { tenderId, userId: b!.id, capacity: 'openingOfficer', version: 9 },
      }),
    ).rejects.toBeInstanceOf(ConflictError);

    // A member removed from the team no longer finds the tender.
    await expect(listTenderTeam({ ctx: as(a!), input: { tenderId } })).rejects.toSatisfy(
      refusedAsOutsider,
    );
  });

  it('records each member’s own declaration once per capacity, and asks again for one added later', async () => {
    const { db } = database;
    const { authority, lead, tenderId } = await draftTender();
    const evaluator = await seedUser(db, 'reviewer', authority.id);
    await addTenderTeamMember({
      ctx: as(lead),
      input: { tenderId, userId: evaluator.id, capacity: 'evaluator', version: 1 },
    });

    clock.set('2027-01-11T08:00:00.000Z');
    let team = await declareNoConflictOfInterest({
      ctx: as(evaluator),
      input: { tenderId, textVersion: conflictDeclaration.version },
    });
    const declaredMember = team.members.find((m) => m.userId === evaluator.id)!;
    expect(declaredMember).toMatchObject({ declared: true });
    expect(declaredMember.capacities[0]).toMatchObject({
      declaredAt: '2027-01-11T08:00:00.000Z',
      declarationVersion: conflictDeclaration.version,
    });
    // The declaration is the member's own: the lead's is still missing, the version unchanged.
    expect(team.version).toBe(2);
    expect(team.findings.filter((x) => x.id === 'declarationMissing')).toEqual([
      expect.objectContaining({ userId: lead.id, source: '§ 6 VgV' }),
    ]);

    // Again: the first declaration stays as it was.
    clock.set('2027-01-12T08:00:00.000Z');
    team = await declareNoConflictOfInterest({
      ctx: as(evaluator),
      input: { tenderId, textVersion: conflictDeclaration.version },
    });
    expect(team.members.find((m) => m.userId === evaluator.id)!.capacities[0]!.declaredAt).toBe(
      '2027-01-11T08:00:00.000Z',
    );

    // A capacity added later needs its own declaration; the earlier one is kept.
    team = await addTenderTeamMember({
      ctx: as(lead),
      input: { tenderId, userId: evaluator.id, capacity: 'reviewer', version: 2 },
    });
    expect(team.members.find((m) => m.userId === evaluator.id)).toMatchObject({
      declared: false,
    });
    team = await declareNoConflictOfInterest({
      ctx: as(evaluator),
      input: { tenderId, textVersion: conflictDeclaration.version },
    });
    expect(
      team.members.find((m) => m.userId === evaluator.id)!.capacities.map((x) => x.declaredAt),
    ).toEqual(['2027-01-11T08:00:00.000Z', '2027-01-12T08:00:00.000Z']);

    await expect(
      declareNoConflictOfInterest({ ctx: as(lead), input: { tenderId, textVersion: 'old' } }),
    ).rejects.toBeInstanceOf(ConflictError);
    const colleague = await seedUser(db, 'officer', authority.id);
    await expect(
      declareNoConflictOfInterest({
        ctx: as(colleague),
        input: { tenderId, textVersion: conflictDeclaration.version },
      }),
    ).rejects.toSatisfy(refusedAsOutsider);

    // The record: every event in the log's order, labelled, with who acted.
    const record = await getTenderRecord({ ctx: as(lead), input: { tenderId } });
    expect(record.entries.map((x) => [x.action, x.outcome])).toEqual([
      ['tender.team.member_added', 'succeeded'],
      ['tender.team.declared', 'succeeded'],
      ['tender.team.member_added', 'succeeded'],
      ['tender.team.declared', 'succeeded'],
      ['tender.team.declared', 'refused'],
      ['access.operation.refused', 'refused'],
    ]);
    expect(record.entries[1]).toMatchObject({
      at: '2027-01-11T08:00:00.000Z',
      label: { en: 'No conflict of interest declared (§ 6 VgV)' },
      actor: {
        kind: 'user',
        name: evaluator.display_name,
        role: 'reviewer',
        organisationName: expect.any(String),
      },
    });
    expect(record.entries[5]!.actor).toMatchObject({ name: colleague.display_name });
    const first = await getTenderRecord({ ctx: as(lead), input: { tenderId, limit: 4 } });
    const rest = await getTenderRecord({
      ctx: as(lead),
      input: { tenderId, cursor: first.nextCursor! },
    });
    expect([...first.entries, ...rest.entries]).toEqual(record.entries);
    expect(rest.nextCursor).toBeNull();
  });

  it('offers the enabled officers and reviewers of the authority with the capacities they may take', async () => {
    const { db } = database;
    const { authority, lead, tenderId } = await draftTender();
    const reviewer = await seedUser(db, 'reviewer', authority.id);
    const disabled = await seedUser(db, 'officer', authority.id);
    await markUserDisabled(db, disabled.id, new Date('2027-01-01T00:00:00Z'));
    await seedUser(db, 'admin', authority.id);
    await seedUser(db, 'officer');

    const page = await listTenderTeamCandidates({ ctx: as(lead), input: { tenderId } });
    // Accounts made at the same time are in the order of their ids.
    const byId = <T extends { userId: string }>(list: T[]) =>
      [...list].sort((x, y) => x.userId.localeCompare(y.userId));
    expect(byId(page.candidates)).toEqual(
      byId([
        {
          userId: lead.id,
          displayName: lead.display_name,
          role: 'officer',
          held: ['officer'],
          available: ['openingOfficer', 'openingDeputy', 'evaluator', 'reviewer'],
        },
        {
          userId: reviewer.id,
          displayName: reviewer.display_name,
          role: 'reviewer',
          held: [],
          available: ['evaluator', 'reviewer'],
        },
      ]),
    );
    const first = await listTenderTeamCandidates({ ctx: as(lead), input: { tenderId, limit: 1 } });
    const second = await listTenderTeamCandidates({
      ctx: as(lead),
      input: { tenderId, limit: 1, cursor: first.nextCursor! },
    });
    expect([...first.candidates, ...second.candidates]).toEqual(page.candidates);
  });
});
