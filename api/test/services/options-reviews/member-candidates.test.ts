import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { markUserDisabled, type User } from '../../../src/db/repositories/users.ts';
import { ForbiddenError, NotFoundError } from '../../../src/domain/errors.ts';
import { addOptionsReviewMember } from '../../../src/services/options-reviews/add-options-review-member.ts';
import { createOptionsReview } from '../../../src/services/options-reviews/create-options-review.ts';
import { listMemberCandidates } from '../../../src/services/options-reviews/list-member-candidates.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';

describeDatabase('the member candidates of an options review', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  const clock = fixedClock();
  const as = (user: User) => serviceContextFor(database.db, clock, userPrincipal(user));

  it('offers the lead the active officers and reviewers of the authority who do not take part', async () => {
    const { db } = database;
    const authority = await seedOrganisation(db, 'authority');
    const lead = await seedUser(db, 'officer', authority.id);
    const colleague = await seedUser(db, 'officer', authority.id);
    const reviewer = await seedUser(db, 'reviewer', authority.id);
    const member = await seedUser(db, 'reviewer', authority.id);
    const disabled = await seedUser(db, 'reviewer', authority.id);
    await markUserDisabled(db, disabled.id, new Date('2026-01-02T00:00:00Z'));
    await seedUser(db, 'admin', authority.id);
    await seedUser(db, 'reviewer');
    const review = await createOptionsReview({
      ctx: as(lead),
      input: { title: 'Candidates', purpose: 'Who may join', referenceDate: '2027-01-15' },
    });
    await addOptionsReviewMember({
      ctx: as(lead),
      input: { reviewId: review.id, userId: member.id },
    });

    const page = await listMemberCandidates({ ctx: as(lead), input: { reviewId: review.id } });
    expect(page.candidates.map((candidate) => candidate.userId).sort()).toEqual(
      [colleague.id, reviewer.id].sort(),
    );
    expect(page.candidates.find((c) => c.userId === reviewer.id)).toMatchObject({
      displayName: reviewer.display_name,
      role: 'reviewer',
    });
    expect(page.nextCursor).toBeNull();

    // Pages follow each other without repeating anybody.
    const first = await listMemberCandidates({
      ctx: as(lead),
      input: { reviewId: review.id, limit: 1 },
    });
    expect(first.candidates).toHaveLength(1);
    const second = await listMemberCandidates({
      ctx: as(lead),
      input: { reviewId: review.id, limit: 1, cursor: first.nextCursor! },
    });
    expect([...first.candidates, ...second.candidates]).toEqual(page.candidates);
  });

  it('is not found for a member who is not the lead, nor for another authority', async () => {
    const { db } = database;
    const authority = await seedOrganisation(db, 'authority');
    const lead = await seedUser(db, 'officer', authority.id);
    const member = await seedUser(db, 'reviewer', authority.id);
    const stranger = await seedUser(db, 'officer');
    const review = await createOptionsReview({
      ctx: as(lead),
      input: { title: 'Private', purpose: 'Lead only', referenceDate: '2027-01-15' },
    });
    await addOptionsReviewMember({
      ctx: as(lead),
      input: { reviewId: review.id, userId: member.id },
    });
    await expect(
      listMemberCandidates({ ctx: as(stranger), input: { reviewId: review.id } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // A member knows the review exists; listing the authority's people is the lead's alone.
    await expect(
      listMemberCandidates({ ctx: as(member), input: { reviewId: review.id } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
