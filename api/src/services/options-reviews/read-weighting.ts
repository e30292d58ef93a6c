import type {
  EvaluationScheme,
  WeightAdoption,
  WeightingResponse,
  WeightSetEntry,
} from '@tenderwise/schema';
import {
  findLatestSchemeVersion,
  findSchemeVersion,
} from '../../db/repositories/options-review-scheme-versions.ts';
import {
  listWeightAdoptions,
  listWeightSets,
  type WeightAdoptionRow,
  type WeightSetRow,
} from '../../db/repositories/options-review-weights.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { weighableSetsOf } from '../../domain/options-reviews/adopted-weights.ts';
import {
  groupWeights,
  weighEntries,
  type WeighedSet,
} from '../../domain/options-reviews/weight-sets.ts';
import type { ServiceContext } from '../context.ts';
import { storedScheme } from '../views/options-reviews.ts';

/**
 * The weighting of one scheme version. Not blind: every member reads every member's set, the
 * group's weights computed from them, and the lead's adoptions, oldest first.
 */
export async function readWeighting(
  db: ServiceContext['db'],
  { reviewId, schemeVersion }: { reviewId: string; schemeVersion: number },
): Promise<WeightingResponse> {
  const version = await findSchemeVersion(db, reviewId, schemeVersion);
  if (version === undefined) {
    throw new NotFoundError(`The review has no scheme version ${schemeVersion}.`);
  }
  const scheme = storedScheme(version);
  const latest = await findLatestSchemeVersion(db, reviewId);
  const rows = await listWeightSets(db, reviewId, schemeVersion);
  const weighed = rows.map((row) => weighedSetOf(scheme, row));
  const adoptions = (await listWeightAdoptions(db, reviewId, schemeVersion)).map(adoptionView);
  return {
    schemeVersion,
    latestSchemeVersion: latest?.number ?? schemeVersion,
    siblingSets: weighableSetsOf(scheme),
    memberSets: rows.map((row, index) => ({
      userId: row.user_id,
      savedAt: row.saved_at.toISOString(),
      ...weighed[index]!,
    })),
    group: groupWeights(scheme, weighed),
    adoptions,
    adopted: adoptions.at(-1) ?? null,
  };
}

/** A stored set weighed again by the engine; the scheme version it was saved for never changes. */
export function weighedSetOf(scheme: EvaluationScheme, row: WeightSetRow): WeighedSet {
  return weighEntries(scheme, JSON.parse(row.sets) as WeightSetEntry[]);
}

export function adoptionView(row: WeightAdoptionRow): WeightAdoption {
  return {
    id: row.id,
    schemeVersion: row.scheme_version,
    number: row.number,
    kind: row.kind,
    memberUserId: row.member_user_id,
    weightsBp: JSON.parse(row.weights) as Record<string, number>,
    reason: row.reason,
    adoptedBy: row.adopted_by,
    adoptedAt: row.adopted_at.toISOString(),
  };
}
