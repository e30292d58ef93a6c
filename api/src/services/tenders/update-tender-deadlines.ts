import type { TenderDeadlinesResponse, UpdateTenderDeadlinesInput } from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import { touchTender } from '../../db/repositories/tenders.ts';
import {
  bindingPeriodEnd,
  lastDayForQuestions,
  resolveLocalDeadline,
} from '../../domain/deadlines/index.ts';
import { ValidationError, type FieldIssue } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { auditTenderChange, tenderRef } from './audit.ts';
import { deadlineRegimeOf, placeOf, tenderDeadlineChecks } from './deadline-checks.ts';
import { changeTender } from './tender-steps.ts';
import { procedureTypeOfTender, tenderState } from './tender-view.ts';

/**
 * The Bindefrist when the officer names neither its end nor its length: 60 days after the day of
 * the submission deadline, the end of the range practice expects (30 to 60 days; § 148 BGB,
 * § 13 (1) UVgO), since an evaluation with a price check and the standstill period of § 134 GWB
 * rarely fits in 30.
 */
export const defaultBidValidityDays = 60;

const instantOf = (moment: Temporal.ZonedDateTime): Date => new Date(moment.epochMilliseconds);

/**
 * Sets a draft tender's deadlines, for the officers on its team (policy row
 * `updateTenderDeadlines`), and answers the checks of what was stored. The submission deadline is
 * a Berlin wall-clock time; the questions deadline defaults to the end of the last day for
 * questions and the bid validity to `bidValidityDays` (60) days, both computed by the deadline
 * rules. Findings never stop the saving: a deadline below the minimum period is stored and
 * reported as an error finding, which publication then refuses. Values that contradict each
 * other (questions after the submission deadline, bids binding no longer than the deadline's
 * day) are invalid input (422). The caller sends the version it read (409 when stale).
 */
export async function updateTenderDeadlines({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateTenderDeadlinesInput & { tenderId: string };
}): Promise<TenderDeadlinesResponse> {
  const { tenderId } = input;
  return changeTender(
    ctx,
    { operationId: 'updateTenderDeadlines', tenderId, action: 'tender.deadlines.updated' },
    async ({ trx, current, now }) => {
      const before = current.tender;
      if (before.version !== input.version) {
        throw staleVersion('tender', input.version, before.version);
      }
      const regime = deadlineRegimeOf(before.regime);
      const place = placeOf(before);
      const submission = resolveLocalDeadline(input.submissionDeadline, '/submissionDeadline');
      const questions =
        input.questionsDeadline === undefined
          ? Temporal.ZonedDateTime.from(
              lastDayForQuestions({
                regime,
                deadline: input.submissionDeadline,
                place,
                urgency: input.periodReductions.includes('urgency'),
              }).questionsDueBy,
            )
          : resolveLocalDeadline(input.questionsDeadline, '/questionsDeadline');
      const bidValidityUntil =
        input.bidValidityUntil ??
        bindingPeriodEnd({
          deadline: input.submissionDeadline,
          days: input.bidValidityDays ?? defaultBidValidityDays,
          place,
        }).lastDay;

      const issues: FieldIssue[] = [];
      if (Temporal.ZonedDateTime.compare(questions, submission) > 0) {
        issues.push({
          in: 'body',
          pointer: '/questionsDeadline',
          detail: 'The time for questions must end no later than the submission deadline.',
        });
      }
      if (Temporal.PlainDate.compare(bidValidityUntil, submission.toPlainDate()) <= 0) {
        issues.push({
          in: 'body',
          pointer: '/bidValidityUntil',
          detail: 'Bids must stay binding after the day of the submission deadline.',
        });
      }
      if (issues.length > 0) {
        throw new ValidationError(
          issues.length === 1 ? issues[0]!.detail : '2 values in the request are invalid.',
          issues,
        );
      }

      const updated = await trx
        .updateTable('tender')
        .set({
          submission_deadline: instantOf(submission),
          questions_deadline: instantOf(questions),
          bid_validity_until: bidValidityUntil,
          period_reductions: [...input.periodReductions],
        })
        .where('id', '=', tenderId)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = await touchTender(trx, updated, now);
      await auditTenderChange(trx, ctx, {
        action: 'tender.deadlines.updated',
        object: tenderRef(tenderId),
        before: tenderState(before),
        after: tenderState(after),
      });
      const checks = tenderDeadlineChecks(after, await procedureTypeOfTender(after), now)!;
      return {
        submissionDeadline: after.submission_deadline!.toISOString(),
        questionsDeadline: after.questions_deadline!.toISOString(),
        bidValidityUntil: after.bid_validity_until!,
        periodReductions: after.period_reductions,
        checks,
        tenderVersion: after.version,
      };
    },
  );
}
