import type { DemoObjectCount, DemoOptionsReview, DemoScore } from '@tenderwise/schema';
import { findOrganisationById } from '../../../db/repositories/organisations.ts';
import { addOptionsReviewMember } from '../../options-reviews/add-options-review-member.ts';
import { adoptWeights } from '../../options-reviews/adopt-weights.ts';
import { changeOptionsReviewStatus } from '../../options-reviews/change-options-review-status.ts';
import { createOption } from '../../options-reviews/create-option.ts';
import { createOptionFromRegistry } from '../../options-reviews/create-option-from-registry.ts';
import { createOptionsReview } from '../../options-reviews/create-options-review.ts';
import { recordConsensus } from '../../options-reviews/record-consensus.ts';
import { saveSchemeVersion } from '../../options-reviews/save-scheme-version.ts';
import { saveScoreSheet } from '../../options-reviews/save-score-sheet.ts';
import { saveWeightSet } from '../../options-reviews/save-weight-set.ts';
import { submitScoreSheet } from '../../options-reviews/submit-score-sheet.ts';
import { updateOption } from '../../options-reviews/update-option.ts';
import { actingAs, demoIdOf as idOf } from '../acting-as.ts';
import type { DemoPart, DemoStep } from '../demo-part.ts';

/**
 * The demo's options reviews, after the accounts whose people run them: each review is made by
 * the options-review verbs, called as the demo people named in the file would call them (the
 * lead starts it, adds the members, saves the scheme from a catalogue template, adds the options
 * and opens the review; the members save and submit their score sheets; the lead records the
 * consensus; the members state their weights and the lead adopts the group's with a reason; and,
 * where the file says so, the lead concludes it). So every rule of the verbs holds, the
 * conclusion records the commitment of the scheme version used, and the audit log names who did
 * what. A review made by an earlier load is left as it is, whatever has happened to it since.
 */
export const optionsReviewsPart: DemoPart<'optionsReviews'> = {
  name: 'optionsReviews',
  async load(step, data) {
    const reviews = { kind: 'options_review', created: 0, present: 0 };
    for (const review of data.reviews) {
      if (step.objects.idOf('options_review', review.key) !== undefined) {
        reviews.present++;
        continue;
      }
      await createReview(step, review);
      reviews.created++;
    }
    return [reviews] satisfies DemoObjectCount[];
  },
};

async function createReview(step: DemoStep, review: DemoOptionsReview): Promise<void> {
  const as = actingAs(step);
  const lead = await as(review.lead);
  const created = await createOptionsReview({
    ctx: lead,
    input: { title: review.title, purpose: review.purpose, referenceDate: review.referenceDate },
  });
  const reviewId = created.id;
  await step.objects.remember('options_review', review.key, reviewId);

  for (const member of review.members) {
    await addOptionsReviewMember({
      ctx: lead,
      input: { reviewId, userId: idOf(step, 'user', member) },
    });
  }
  const scheme = await saveSchemeVersion({
    ctx: lead,
    input: {
      reviewId,
      basedOnVersion: null,
      source: { kind: 'template', templateId: review.templateId },
      note: 'Aus der Katalogvorlage übernommen.',
    },
  });
  const schemeVersion = scheme.number;

  const optionIds = new Map<string, string>();
  for (const option of review.options) {
    const vendor = await findOrganisationById(
      step.ctx.db,
      idOf(step, 'organisation', option.vendor),
    );
    const fields = {
      reviewId,
      name: option.name,
      ...(vendor !== undefined && { vendorName: vendor.name }),
      ...(option.serviceName !== undefined && { serviceName: option.serviceName }),
      offer: option.offer,
    };
    const source = option.fromRegistry;
    let made;
    if (source === undefined) {
      made = await createOption({ ctx: lead, input: fields });
    } else {
      // As an officer would: taken from the registry, then completed with the offer's figures.
      const taken = await createOptionFromRegistry({
        ctx: lead,
        input: {
          reviewId,
          serviceId: registryServiceId(step, source.service),
          versionNumber: source.version,
          name: option.name,
        },
      });
      made = await updateOption({
        ctx: lead,
        input: { ...fields, optionId: taken.id, version: taken.version },
      });
    }
    optionIds.set(option.key, made.id);
  }
  const scores = (entries: readonly DemoScore[]) =>
    entries.map(({ option, criterion, score, justification }) => ({
      optionId: optionIds.get(option)!,
      criterionId: criterion,
      score,
      justification,
    }));

  await changeOptionsReviewStatus({ ctx: lead, input: { reviewId, status: 'inReview' } });
  for (const sheet of review.scoreSheets) {
    const member = await as(sheet.member);
    await saveScoreSheet({
      ctx: member,
      input: { reviewId, schemeVersion, scores: scores(sheet.scores) },
    });
    if (sheet.submitted) {
      await submitScoreSheet({ ctx: member, input: { reviewId, schemeVersion } });
    }
  }
  for (const consensus of scores(review.consensus)) {
    await recordConsensus({ ctx: lead, input: { reviewId, schemeVersion, ...consensus } });
  }
  for (const weightSet of review.weightSets) {
    await saveWeightSet({
      ctx: await as(weightSet.member),
      input: { reviewId, schemeVersion, sets: weightSet.sets },
    });
  }
  if (review.adoption !== undefined) {
    await adoptWeights({
      ctx: lead,
      input: {
        reviewId,
        schemeVersion,
        kind: review.adoption.kind,
        reason: review.adoption.reason,
      },
    });
  }
  if (review.status === 'concluded') {
    await changeOptionsReviewStatus({ ctx: lead, input: { reviewId, status: 'concluded' } });
  }
}

function registryServiceId(step: DemoStep, key: string): string {
  const id = step.objects.idOf('vendor_service', key);
  // The registry part loads before the reviews; the demo's schema checks the key.
  if (id === undefined) throw new Error(`The demo registry has no service "${key}"`);
  return id;
}
