import type { WeightAdoptionKind } from '@tenderwise/schema';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type {
  OptionsReviewWeightAdoptionTable,
  OptionsReviewWeightSetTable,
} from '../tables/options-reviews.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type WeightSetRow = Selectable<OptionsReviewWeightSetTable>;
export type WeightAdoptionRow = Selectable<OptionsReviewWeightAdoptionTable>;

/** The adopted weights of a scheme version, as the results read them. */
export interface AdoptedWeights {
  adoptionId: string;
  kind: WeightAdoptionKind;
  memberUserId: string | null;
  /** Basis points of every award node; each sibling set sums to exactly 10,000. */
  weights: Record<string, number>;
  reason: string;
  adoptedBy: string;
  adoptedAt: Date;
}

/** Every member's current weight set of a scheme version, oldest save first. */
export function listWeightSets(
  db: Db,
  reviewId: string,
  schemeVersion: number,
): Promise<WeightSetRow[]> {
  return db
    .selectFrom('options_review_weight_set')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('scheme_version', '=', schemeVersion)
    .orderBy('saved_at')
    .orderBy('user_id')
    .execute();
}

export function findWeightSet(
  db: Db,
  key: { reviewId: string; schemeVersion: number; userId: string },
): Promise<WeightSetRow | undefined> {
  return db
    .selectFrom('options_review_weight_set')
    .selectAll()
    .where('review_id', '=', key.reviewId)
    .where('scheme_version', '=', key.schemeVersion)
    .where('user_id', '=', key.userId)
    .executeTakeFirst();
}

/** Saves a member's weight set, replacing the one they saved before for that version. */
export function replaceWeightSet(db: Db, row: WeightSetRow): Promise<WeightSetRow> {
  return db
    .insertInto('options_review_weight_set')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['review_id', 'scheme_version', 'user_id'])
        .doUpdateSet({ sets: row.sets, weights: row.weights, saved_at: row.saved_at }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Adoptions are only ever appended: triggers refuse updates and deletes. */
export function insertWeightAdoption(
  db: Db,
  row: Omit<WeightAdoptionRow, 'id'>,
): Promise<WeightAdoptionRow> {
  return db
    .insertInto('options_review_weight_adoption')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The adoptions of a scheme version, oldest first: the last one is in force. */
export function listWeightAdoptions(
  db: Db,
  reviewId: string,
  schemeVersion: number,
): Promise<WeightAdoptionRow[]> {
  return db
    .selectFrom('options_review_weight_adoption')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('scheme_version', '=', schemeVersion)
    .orderBy('number')
    .execute();
}

/** The latest adoption of a scheme version; undefined when none was adopted. */
export function findLatestWeightAdoption(
  db: Db,
  reviewId: string,
  schemeVersion: number,
): Promise<WeightAdoptionRow | undefined> {
  return db
    .selectFrom('options_review_weight_adoption')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('scheme_version', '=', schemeVersion)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The weights the review adopted for a scheme version (the latest adoption), for evaluating
 * with them (`domain/options-reviews/adopted-weights.ts`, `schemeWithAdoptedWeights`);
 * undefined when none was adopted.
 */
export async function findAdoptedWeights(
  db: Db,
  reviewId: string,
  schemeVersion: number,
): Promise<AdoptedWeights | undefined> {
  const row = await findLatestWeightAdoption(db, reviewId, schemeVersion);
  return row === undefined ? undefined : adoptedWeightsOf(row);
}

export function adoptedWeightsOf(row: WeightAdoptionRow): AdoptedWeights {
  return {
    adoptionId: row.id,
    kind: row.kind,
    memberUserId: row.member_user_id,
    weights: JSON.parse(row.weights) as Record<string, number>,
    reason: row.reason,
    adoptedBy: row.adopted_by,
    adoptedAt: row.adopted_at,
  };
}
