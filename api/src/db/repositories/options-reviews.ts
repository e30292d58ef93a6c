import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { OptionsReviewStatusName } from '@tenderwise/schema';
import type { Role } from '../tables/accounts.ts';
import type { OptionsReviewTable } from '../tables/options-reviews.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type OptionsReviewRow = Selectable<OptionsReviewTable>;

/** A review with what its list entry shows besides its own row. */
export interface OptionsReviewListRow extends OptionsReviewRow {
  latest_scheme_version: number | null;
  option_count: number;
  lead_display_name: string;
}

/** A member as the review shows them: their name and role come from their account. */
export interface OptionsReviewMemberRow {
  user_id: string;
  display_name: string;
  role: Role;
  added_at: Date;
}

/** Where a page of a list starts: after the review created at this time with this id. */
export interface ReviewPosition {
  createdAt: Date;
  id: string;
}

/**
 * Inserts a review and its lead as its first member. The lead-is-member foreign key is checked at
 * commit, so both must be inserted in the same transaction.
 */
export async function insertOptionsReview(
  trx: Transaction<DB>,
  values: {
    organisationId: string;
    title: string;
    purpose: string;
    referenceDate: string;
    leadUserId: string;
    at: Date;
  },
): Promise<OptionsReviewRow> {
  const review = await trx
    .insertInto('options_review')
    .values({
      organisation_id: values.organisationId,
      title: values.title,
      purpose: values.purpose,
      reference_date: values.referenceDate,
      status: 'draft',
      lead_user_id: values.leadUserId,
      version: 1,
      created_by: values.leadUserId,
      created_at: values.at,
      updated_at: values.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await insertMember(trx, {
    reviewId: review.id,
    userId: values.leadUserId,
    addedBy: values.leadUserId,
    at: values.at,
  });
  return review;
}

export async function insertMember(
  db: Db,
  values: { reviewId: string; userId: string; addedBy: string; at: Date },
): Promise<void> {
  await db
    .insertInto('options_review_member')
    .values({
      review_id: values.reviewId,
      user_id: values.userId,
      added_by: values.addedBy,
      added_at: values.at,
    })
    .execute();
}

export async function deleteMember(db: Db, reviewId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('options_review_member')
    .where('review_id', '=', reviewId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function findOptionsReview(db: Db, id: string): Promise<OptionsReviewRow | undefined> {
  return db.selectFrom('options_review').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The review, locked until the transaction ends: changes to one review take turns. */
export function lockOptionsReview(
  trx: Transaction<DB>,
  id: string,
): Promise<OptionsReviewRow | undefined> {
  return trx
    .selectFrom('options_review')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function listMemberIds(db: Db, reviewId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('options_review_member')
    .select('user_id')
    .where('review_id', '=', reviewId)
    .orderBy('added_at')
    .orderBy('user_id')
    .execute();
  return rows.map((row) => row.user_id);
}

/** The members with their names and roles, in the order they were added. */
export function listMembers(db: Db, reviewId: string): Promise<OptionsReviewMemberRow[]> {
  return db
    .selectFrom('options_review_member')
    .innerJoin('app_user', 'app_user.id', 'options_review_member.user_id')
    .select([
      'options_review_member.user_id',
      'app_user.display_name',
      'app_user.role',
      'options_review_member.added_at',
    ])
    .where('options_review_member.review_id', '=', reviewId)
    .orderBy('options_review_member.added_at')
    .orderBy('options_review_member.user_id')
    .execute();
}

/** A user who could be added to a review, as its candidate list shows them. */
export interface MemberCandidateRow {
  id: string;
  display_name: string;
  role: Role;
  created_at: Date;
}

/**
 * One page of the active officers and reviewers of the review's authority who do not take part
 * in it, in the order their accounts were created (then by id), starting after `after`;
 * `limit + 1` rows are asked for, so the caller knows whether another page follows.
 */
export function listMemberCandidates(
  db: Db,
  review: { id: string; organisationId: string },
  page: { limit: number; after?: ReviewPosition },
): Promise<MemberCandidateRow[]> {
  let query = db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'role', 'created_at'])
    .where('organisation_id', '=', review.organisationId)
    .where('role', 'in', ['officer', 'reviewer'])
    .where('disabled_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('options_review_member')
            .select('options_review_member.user_id')
            .whereRef('options_review_member.user_id', '=', 'app_user.id')
            .where('options_review_member.review_id', '=', review.id),
        ),
      ),
    )
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1);
  if (page.after !== undefined) {
    const { createdAt, id } = page.after;
    query = query.where(sql<boolean>`(created_at, id) > (${createdAt}, ${id}::uuid)`);
  }
  return query.execute();
}

/**
 * Changes a review's own fields, counting the change in `version` and `updated_at`; a change of
 * its members is counted with an empty `changes`.
 */
export function updateOptionsReview(
  db: Db,
  id: string,
  changes: Partial<{
    title: string;
    purpose: string;
    reference_date: string;
    status: OptionsReviewStatusName;
    lead_user_id: string;
    concluded_at: Date;
    concluded_scheme_version: number;
    concluded_scheme_commitment: string;
    concluded_weight_adoption_id: string | null;
  }>,
  at: Date,
): Promise<OptionsReviewRow> {
  return db
    .updateTable('options_review')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The newest scheme version's number and the number of options of a review. */
export async function reviewContents(
  db: Db,
  reviewId: string,
): Promise<{ latestSchemeVersion: number | null; optionCount: number }> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('options_review_scheme_version')
        .select(sql<number | null>`max(number)`.as('n'))
        .where('review_id', '=', reviewId)
        .as('latest_scheme_version'),
      eb
        .selectFrom('options_review_option')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('review_id', '=', reviewId)
        .as('option_count'),
    ])
    .executeTakeFirstOrThrow();
  return {
    latestSchemeVersion: row.latest_scheme_version ?? null,
    optionCount: row.option_count ?? 0,
  };
}

/**
 * One page of the reviews a user takes part in, newest first (then by id), starting after
 * `after`; `limit + 1` rows are asked for, so the caller knows whether another page follows.
 */
export function listReviewsOfMember(
  db: Db,
  userId: string,
  page: { limit: number; after?: ReviewPosition; status?: OptionsReviewStatusName },
): Promise<OptionsReviewListRow[]> {
  let query = db
    .selectFrom('options_review')
    .innerJoin('options_review_member', (join) =>
      join
        .onRef('options_review_member.review_id', '=', 'options_review.id')
        .on('options_review_member.user_id', '=', userId),
    )
    .selectAll('options_review')
    .select((eb) => [
      eb
        .selectFrom('options_review_scheme_version')
        .select(sql<number | null>`max(number)`.as('n'))
        .whereRef('options_review_scheme_version.review_id', '=', 'options_review.id')
        .as('latest_scheme_version'),
      eb
        .selectFrom('options_review_option')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('options_review_option.review_id', '=', 'options_review.id')
        .as('option_count'),
      eb
        .selectFrom('app_user')
        .select('app_user.display_name')
        .whereRef('app_user.id', '=', 'options_review.lead_user_id')
        .as('lead_display_name'),
    ])
    .orderBy('options_review.created_at', 'desc')
    .orderBy('options_review.id', 'desc')
    .limit(page.limit + 1);
  if (page.status !== undefined) query = query.where('options_review.status', '=', page.status);
  if (page.after !== undefined) {
    const { createdAt, id } = page.after;
    query = query.where(
      sql<boolean>`(options_review.created_at, options_review.id) < (${createdAt}, ${id}::uuid)`,
    );
  }
  return query.execute() as Promise<OptionsReviewListRow[]>;
}
