import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import { addOptionsReviewMember } from '../../../src/services/options-reviews/add-options-review-member.ts';
import { createOptionsReview } from '../../../src/services/options-reviews/create-options-review.ts';
import { listOptionsReviews } from '../../../src/services/options-reviews/list-options-reviews.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';

describeDatabase('the list of options reviews', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  const as = (user: User) => serviceContextFor(database.db, fixedClock(), userPrincipal(user));

  it('names the lead of each review, for a member who is not the lead', async () => {
    const { db } = database;
    const authority = await seedOrganisation(db, 'authority');
    const lead = await seedUser(db, 'officer', authority.id);
    const member = await seedUser(db, 'reviewer', authority.id);
    const review = await createOptionsReview({
      ctx: as(lead),
      input: { title: 'Named lead', purpose: 'Who leads', referenceDate: '2027-01-15' },
    });
    await addOptionsReviewMember({
      ctx: as(lead),
      input: { reviewId: review.id, userId: member.id },
    });

    const { reviews } = await listOptionsReviews({ ctx: as(member), input: {} });
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      id: review.id,
      leadUserId: lead.id,
      leadDisplayName: lead.display_name,
    });
  });
});
