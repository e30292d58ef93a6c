import type { CreateOptionFromRegistryInput, OptionResponse } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import { findEvaluationTemplate } from '../../db/repositories/catalogue.ts';
import { insertOption, optionNameTaken } from '../../db/repositories/options-review-options.ts';
import {
  findLatestCatalogueOrigin,
  findLatestSchemeVersion,
} from '../../db/repositories/options-review-scheme-versions.ts';
import { findVersionByNumber } from '../../db/repositories/self-assessment-versions.ts';
import { findVendorService } from '../../db/repositories/vendor-services.ts';
import type { DB } from '../../db/types.ts';
import { ValidationError } from '../../domain/errors.ts';
import { prefillOffer } from '../../domain/registry/prefill-offer.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { templateOf } from '../catalogue/stored-documents.ts';
import type { ServiceContext } from '../context.ts';
import { attestationRules, germanDateOf, publishedContent } from '../registry/registry-reads.ts';
import { optionResponse, storedScheme } from '../views/options-reviews.ts';
import { auditReviewChange, optionRef, optionState } from './audit.ts';
import { registrySourcesOf } from './registry-sources.ts';
import { changeReview } from './review-steps.ts';

/**
 * Adds a published registry version to the review as an option, for the officers who may add
 * options: named after the service (or as asked), with the vendor's published legal name, and
 * its offer pre-filled from the version against the review's latest scheme, attestations judged
 * on the review's reference date (`prefillOffer`). The option remembers the version it cites.
 */
export async function createOptionFromRegistry({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateOptionFromRegistryInput & { reviewId: string };
}): Promise<OptionResponse> {
  const { reviewId } = input;
  return changeReview(
    ctx,
    {
      operationId: 'createOptionsReviewOptionFromRegistry',
      reviewId,
      action: 'options_review.option.created',
    },
    async ({ trx, current, now, caller }) => {
      const service = await findVendorService(trx, input.serviceId);
      const version =
        service === undefined
          ? undefined
          : await findVersionByNumber(trx, service.id, input.versionNumber);
      // A draft is the vendor's alone: to an authority it does not exist.
      if (service === undefined || version === undefined || version.status !== 'published') {
        throw new ValidationError('The option cannot be taken from the registry.', [
          {
            in: 'body',
            pointer: service === undefined ? '/serviceId' : '/versionNumber',
            detail:
              service === undefined
                ? 'The registry has no such service.'
                : 'The service has no published version with this number.',
          },
        ]);
      }
      const name = input.name ?? service.name;
      if (await optionNameTaken(trx, reviewId, name)) {
        throw new ValidationError('The option cannot be saved.', [
          {
            in: 'body',
            pointer: '/name',
            detail: 'Another option of this review has this name: give the option a name.',
          },
        ]);
      }
      const published = publishedContent(version);
      const latest = await findLatestSchemeVersion(trx, reviewId);
      const offer =
        latest === undefined
          ? { answers: {}, assessments: {} }
          : prefillOffer(
              {
                content: published.content,
                versionNumber: version.number,
                publishedOn: germanDateOf(version.published_at!),
              },
              {
                scheme: storedScheme(latest),
                referenceDate: current.review.reference_date,
                entriesOfCriterion: await entriesOfCriteria(trx, reviewId),
                ...(await attestationRules(trx)),
              },
            );
      const option = await insertOption(trx, {
        name,
        vendorName: published.vendor.legalName,
        serviceName: service.name,
        offer: canonicalJson(offer),
        checkedAgainstSchemeVersion: latest?.number ?? null,
        registryVersionId: version.id,
        reviewId,
        by: caller.userId,
        at: now,
      });
      await auditReviewChange(trx, ctx, {
        action: 'options_review.option.created',
        object: optionRef(option.id),
        after: { ...optionState(option), registryVersionId: version.id },
      });
      return optionResponse(option, await registrySourcesOf(trx, [option]));
    },
  );
}

/**
 * The catalogue entries each criterion of the review's scheme is taken from: the template's
 * `basedOn`, or the chosen entries (a criterion made from an entry carries the entry's id).
 */
async function entriesOfCriteria(
  trx: Transaction<DB>,
  reviewId: string,
): Promise<Map<string, readonly string[]>> {
  const origin = await findLatestCatalogueOrigin(trx, reviewId);
  if (origin?.origin_kind === 'entries') {
    return new Map((origin.origin_entry_ids ?? []).map((id) => [id, [id]]));
  }
  if (origin?.origin_kind === 'template' && origin.origin_template_id !== null) {
    const row = await findEvaluationTemplate(trx, origin.origin_template_id);
    if (row === undefined) return new Map();
    return new Map(templateOf(row).basedOn.map((item) => [item.criterionId, item.entryIds]));
  }
  return new Map();
}
