import type { PublishedTenderResponse, PublishedTenderSummary } from '@tenderwise/schema';
import type { TenderRow } from '../../db/repositories/tenders.ts';
import type { ServiceContext } from '../context.ts';
import { cancellationGroundLabel } from './cancellation-labels.ts';
import { procedureTypeLabel } from './procedure-type-labels.ts';
import { publicDeadline } from './public-deadline.ts';

type Db = ServiceContext['db'];

/** A published tender's row always has these (the table's `tender_published_check`). */
function published(tender: TenderRow) {
  const { published_at, submission_deadline, questions_deadline, bid_validity_until } = tender;
  if (
    published_at === null ||
    submission_deadline === null ||
    questions_deadline === null ||
    bid_validity_until === null
  ) {
    throw new Error(`Tender ${tender.id} is not published`);
  }
  return {
    publishedAt: published_at,
    submissionDeadline: submission_deadline,
    questionsDeadline: questions_deadline,
    bidValidityUntil: bid_validity_until,
  };
}

/** What the list shows of a published tender; exactly the public fields, nothing internal. */
export async function publishedTenderSummary(
  tender: TenderRow,
  authorityName: string,
): Promise<PublishedTenderSummary> {
  const dates = published(tender);
  return {
    id: tender.id,
    authorityName,
    reference: tender.reference,
    title: tender.title,
    cpvCodes: tender.cpv_codes,
    regime: tender.regime,
    procedureType: await procedureTypeLabel(tender.regime, tender.procedure_type),
    state: tender.state as PublishedTenderSummary['state'],
    publishedAt: dates.publishedAt.toISOString(),
    submissionDeadline: publicDeadline(dates.submissionDeadline),
  };
}

/**
 * The published tender as § 41 (1) VgV makes it available to everybody: the notice's data, the
 * lots with their scheme versions and commitments, the corrections and a cancellation. Never the
 * team, the estimated value, the land's internal data or who asked a question.
 */
export async function publishedTenderView(
  db: Db,
  tender: TenderRow,
): Promise<Omit<PublishedTenderResponse, 'interestRegistered'>> {
  const dates = published(tender);
  const authority = await db
    .selectFrom('organisation')
    .select('name')
    .where('id', '=', tender.organisation_id)
    .executeTakeFirstOrThrow();
  const lots = await db
    .selectFrom('tender_lot')
    .select(['number', 'title', 'description'])
    .where('tender_id', '=', tender.id)
    .orderBy('number')
    .execute();
  const versions = await db
    .selectFrom('tender_scheme_version')
    .select(['lot_number', 'number', 'commitment', 'correction_number', 'created_at'])
    .where('tender_id', '=', tender.id)
    .orderBy('lot_number')
    .orderBy('number')
    .execute();
  const corrections = await db
    .selectFrom('tender_correction')
    .selectAll()
    .where('tender_id', '=', tender.id)
    .orderBy('number')
    .execute();
  const summary = await publishedTenderSummary(tender, authority.name);
  return {
    ...summary,
    description: tender.description,
    bidIntake: tender.bid_intake,
    deadlines: {
      submission: publicDeadline(dates.submissionDeadline),
      questions: publicDeadline(dates.questionsDeadline),
      bidValidityUntil: dates.bidValidityUntil,
    },
    lotLimits: {
      maxLotsPerBidder: tender.max_lots_per_bidder,
      maxLotsPerAward: tender.max_lots_per_award,
    },
    lots: lots.map((lot) => ({
      number: lot.number,
      title: lot.title,
      description: lot.description,
      schemeVersions: versions
        .filter((version) => version.lot_number === lot.number)
        .map((version) => ({
          number: version.number,
          commitment: version.commitment,
          correctionNumber: version.correction_number,
          createdAt: version.created_at.toISOString(),
        })),
    })),
    corrections: corrections.map((correction) => ({
      number: correction.number,
      reason: correction.reason,
      previousSubmissionDeadline: publicDeadline(correction.previous_submission_deadline),
      submissionDeadline: publicDeadline(correction.submission_deadline),
      previousQuestionsDeadline: publicDeadline(correction.previous_questions_deadline),
      questionsDeadline: publicDeadline(correction.questions_deadline),
      correctedAt: correction.corrected_at.toISOString(),
    })),
    cancellation:
      tender.cancelled_at === null ||
      tender.cancellation_ground === null ||
      tender.cancellation_reasons === null
        ? null
        : {
            ground: tender.cancellation_ground,
            ...cancellationGroundLabel(tender.cancellation_ground, tender.regime),
            reasons: tender.cancellation_reasons,
            cancelledAt: tender.cancelled_at.toISOString(),
          },
  };
}

/** The caller's vendor organisation, for a vendor's user or API key; null for everybody else. */
export function vendorOrganisationOf(ctx: ServiceContext): string | null {
  const { principal } = ctx;
  if (principal.kind === 'apiKey') return principal.organisationId;
  if (principal.kind === 'user' && principal.role === 'vendor') return principal.organisationId;
  return null;
}
