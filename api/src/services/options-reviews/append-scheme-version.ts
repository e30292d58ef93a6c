import type { EvaluationScheme } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import {
  insertSchemeVersion,
  type SchemeVersionRow,
} from '../../db/repositories/options-review-scheme-versions.ts';
import type { SchemeOriginKind } from '../../db/tables/options-reviews.ts';
import type { DB } from '../../db/types.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { schemeCommitment } from '../../engine/canonical/commitment.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef } from './audit.ts';

export type SchemeOrigin =
  | { kind: 'template'; templateId: string; templateVersion: string }
  | { kind: 'entries'; entryIds: string[] }
  | { kind: Exclude<SchemeOriginKind, 'template' | 'entries'> };

/**
 * Stores a validated scheme as the review's next version, as its canonical JSON with the
 * commitment over exactly those bytes, and audits it in the same transaction. The caller holds
 * the review's lock, so version numbers cannot collide.
 */
export async function appendSchemeVersion(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  version: {
    reviewId: string;
    number: number;
    scheme: EvaluationScheme;
    origin: SchemeOrigin;
    note: string | null;
    by: string;
    at: Date;
  },
): Promise<SchemeVersionRow> {
  const { origin } = version;
  const row = await insertSchemeVersion(trx, {
    review_id: version.reviewId,
    number: version.number,
    scheme: canonicalJson(version.scheme),
    commitment: schemeCommitment(version.scheme),
    origin_kind: origin.kind,
    origin_template_id: origin.kind === 'template' ? origin.templateId : null,
    origin_template_version: origin.kind === 'template' ? origin.templateVersion : null,
    origin_entry_ids: origin.kind === 'entries' ? origin.entryIds : null,
    note: version.note,
    created_by: version.by,
    created_at: version.at,
  });
  await auditReviewChange(trx, ctx, {
    action: 'options_review.scheme.saved',
    object: reviewRef(version.reviewId),
    after: { reviewId: row.review_id, number: row.number, commitment: row.commitment },
  });
  return row;
}
