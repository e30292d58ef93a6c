import type { CreateOptionInput } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import {
  optionNameTaken,
  type OptionContent,
} from '../../db/repositories/options-review-options.ts';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import type { DB } from '../../db/types.ts';
import { ValidationError } from '../../domain/errors.ts';
import { offerIssues } from '../../domain/options-reviews/offer-issues.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { storedScheme } from '../views/options-reviews.ts';

/**
 * An option as it is to be stored, checked against the review's latest scheme: its offer may
 * name only criteria of that scheme, of the right kinds, and its name must be free in the review.
 * Every problem is a field of one 422.
 */
export async function checkedOptionContent(
  trx: Transaction<DB>,
  reviewId: string,
  input: CreateOptionInput,
  optionId?: string,
): Promise<OptionContent> {
  const latest = await findLatestSchemeVersion(trx, reviewId);
  const issues = offerIssues(latest && storedScheme(latest), input.offer);
  if (await optionNameTaken(trx, reviewId, input.name, optionId)) {
    issues.unshift({
      in: 'body',
      pointer: '/name',
      detail: 'Another option of this review has this name.',
    });
  }
  if (issues.length > 0) throw new ValidationError('The option cannot be saved.', issues);
  return {
    name: input.name,
    vendorName: input.vendorName ?? null,
    serviceName: input.serviceName ?? null,
    offer: canonicalJson(input.offer),
    checkedAgainstSchemeVersion: latest?.number ?? null,
  };
}
