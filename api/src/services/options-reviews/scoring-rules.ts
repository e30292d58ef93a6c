import type { EvaluationScheme, ScoreEntry } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import type { SchemeVersionRow } from '../../db/repositories/options-review-scheme-versions.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, ValidationError, type FieldIssue } from '../../domain/errors.ts';
import { storedScheme } from '../views/options-reviews.ts';

/** The ordinal criteria of a scheme, the ones members score, with the top of each scale. */
export function ordinalScales(scheme: EvaluationScheme): Map<string, number> {
  const scales = new Map<string, number>();
  for (const node of scheme.award) if (node.kind === 'ordinal') scales.set(node.id, node.scale);
  return scales;
}

/**
 * The latest scheme version, which scores are given for: scores of an older version stay as
 * they were, readable, but nobody adds to them, since the criteria may have changed since.
 */
export async function scoredSchemeVersion(
  trx: Transaction<DB>,
  reviewId: string,
  sent: number,
): Promise<{ row: SchemeVersionRow; scheme: EvaluationScheme }> {
  const latest = await findLatestSchemeVersion(trx, reviewId);
  if (latest === undefined) throw new ConflictError('The review has no scheme to score yet.');
  if (latest.number !== sent) {
    throw new ConflictError(
      `Scores are given for the latest scheme version, ${latest.number}; you sent ${sent}. ` +
        'Reload the scoring and score again.',
    );
  }
  return { row: latest, scheme: storedScheme(latest) };
}

/**
 * Each score names an option of the review and an ordinal criterion of the scheme, lies on that
 * criterion's scale, and appears once; the issues point into `pointer`'s list.
 */
export function checkScores(
  scores: readonly Pick<ScoreEntry, 'optionId' | 'criterionId' | 'score'>[],
  scales: ReadonlyMap<string, number>,
  optionIds: ReadonlySet<string>,
  pointer: (index: number, field: string) => string,
): void {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  scores.forEach((entry, index) => {
    const scale = scales.get(entry.criterionId);
    if (!optionIds.has(entry.optionId)) {
      issues.push({
        in: 'body',
        pointer: pointer(index, 'optionId'),
        detail: 'The review has no such option.',
      });
    }
    if (scale === undefined) {
      issues.push({
        in: 'body',
        pointer: pointer(index, 'criterionId'),
        detail: `"${entry.criterionId}" is no ordinal criterion of this scheme version.`,
      });
    } else if (entry.score > scale) {
      issues.push({
        in: 'body',
        pointer: pointer(index, 'score'),
        detail: `The criterion's scale runs from 0 to ${scale}.`,
      });
    }
    const key = `${entry.optionId}/${entry.criterionId}`;
    if (seen.has(key)) {
      issues.push({
        in: 'body',
        pointer: pointer(index, 'criterionId'),
        detail: 'The option is scored on this criterion twice.',
      });
    }
    seen.add(key);
  });
  if (issues.length > 0) throw new ValidationError('A score does not fit the scheme.', issues);
}
