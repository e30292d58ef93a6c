import type {
  CorrectionExtension,
  CorrectTenderInput,
  EvaluationScheme,
  TenderCorrectionResponse,
} from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import { touchTender, type TenderRow } from '../../db/repositories/tenders.ts';
import { extendAfterCorrection, lastDayForQuestions } from '../../domain/deadlines/index.ts';
import {
  berlin,
  formatMoment,
  resolveLocalDeadline,
  zonedText,
} from '../../domain/deadlines/time.ts';
import { ConflictError, ValidationError, type FieldIssue } from '../../domain/errors.ts';
import { schemeCommitment } from '../../engine/canonical/commitment.ts';
import { validateScheme } from '../../engine/scheme/validate-scheme.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { berlinLocalText, dateOfZoned, deadlineModelOf } from './deadline-model.ts';
import { notifyInterested } from './notify-interested.ts';
import {
  insertSchemeVersion,
  latestSchemeVersions,
  listLots,
  onTender,
  versionSummary,
} from './scheme-rows.ts';
import { assertTenderVersion } from './tender-version.ts';

/**
 * A correction of a published tender during the submission period (§ 20 (3) VgV), by an officer
 * on the team: the reason, for each changed lot its complete corrected scheme, and optionally a
 * new submission deadline. Each changed lot gets its next scheme version under its own
 * commitment; earlier versions stay as they are (the database refuses to change them), and the
 * lots themselves are not touched. The submission deadline is extended as the rules require
 * (`extendAfterCorrection`): a deadline earlier than required is refused (422, explained), none
 * given takes the required one. Every vendor organisation that registered interest is notified.
 */
export async function correctTender({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: Omit<CorrectTenderInput, 'lots'> &
    Partial<Pick<CorrectTenderInput, 'lots'>> & { tenderId: string };
}): Promise<TenderCorrectionResponse> {
  return changeTender(
    ctx,
    {
      operationId: 'correctTender',
      tenderId: input.tenderId,
      action: 'tender.correction.published',
    },
    async ({ trx, current, now, caller }) => {
      const { tender } = current;
      assertTenderVersion(tender, input.version);
      const previousSubmission = tender.submission_deadline!;
      const previousQuestions = tender.questions_deadline!;
      if (now.getTime() >= previousSubmission.getTime()) {
        throw new ConflictError(
          'The submission period is over: a tender can be corrected only before its submission deadline (§ 20 (3) VgV).',
        );
      }

      const lots = input.lots ?? [];
      const material = materialOf(lots.length > 0, input.material);
      const extension = requiredExtension(tender, now, material, input.submissionDeadline);
      const submissionDeadline =
        input.submissionDeadline === undefined
          ? dateOfZoned(extension.earliestDeadline)
          : toDate(resolveLocalDeadline(input.submissionDeadline, '/submissionDeadline'));
      const questionsDeadline = questionsDeadlineOf(
        tender,
        submissionDeadline,
        input.questionsDeadline,
      );

      const existing = new Map((await listLots(trx, tender.id)).map((lot) => [lot.number, lot]));
      const latest = await latestSchemeVersions(trx, tender.id);
      const dated = { submission_deadline: submissionDeadline, regime: tender.regime };
      const changed = checkedSchemes(lots, existing, latest, (scheme) =>
        onTender(scheme, dated, now),
      );

      const last = await trx
        .selectFrom('tender_correction')
        .select((eb) => eb.fn.max('number').as('number'))
        .where('tender_id', '=', tender.id)
        .executeTakeFirst();
      const number = Number(last?.number ?? 0) + 1;
      const correction = await trx
        .insertInto('tender_correction')
        .values({
          tender_id: tender.id,
          number,
          reason: input.reason,
          previous_submission_deadline: previousSubmission,
          submission_deadline: submissionDeadline,
          previous_questions_deadline: previousQuestions,
          questions_deadline: questionsDeadline,
          corrected_by: caller.userId,
          corrected_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const versions = [];
      for (const { lotNumber, scheme } of changed) {
        versions.push(
          await insertSchemeVersion(trx, {
            tenderId: tender.id,
            lotNumber,
            number: (latest.get(lotNumber)?.number ?? 0) + 1,
            scheme,
            correctionNumber: number,
            by: caller.userId,
            at: now,
          }),
        );
      }
      const touched = await touchTender(trx, tender, now);
      const corrected = await trx
        .updateTable('tender')
        .set({ submission_deadline: submissionDeadline, questions_deadline: questionsDeadline })
        .where('id', '=', tender.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const schemeVersions = versions.map(versionSummary);

      const newDeadline = formatMoment(zoned(submissionDeadline));
      const newQuestions = formatMoment(zoned(questionsDeadline));
      const lotLines = {
        de: schemeVersions.map(
          (v) =>
            `Los ${v.lotNumber}: Wertungsschema Version ${v.number}, Commitment ${v.commitment}`,
        ),
        en: schemeVersions.map(
          (v) =>
            `Lot ${v.lotNumber}: evaluation scheme version ${v.number}, commitment ${v.commitment}`,
        ),
      };
      const noticesSent = await notifyInterested(
        trx,
        ctx,
        tender.id,
        {
          kind: 'correction',
          subject: {
            de: `Korrektur ${number} der Ausschreibung ${tender.reference}: ${tender.title}`,
            en: `Correction ${number} of tender ${tender.reference}: ${tender.title}`,
          },
          body: {
            de: [
              `Die Vergabeunterlagen von „${tender.title}“ (${tender.reference}) wurden korrigiert (§ 20 Abs. 3 VgV).`,
              `Grund: ${input.reason}`,
              ...lotLines.de,
              `Angebotsfrist: ${newDeadline.de}. Letzter Zeitpunkt für Bieterfragen: ${newQuestions.de}.`,
            ].join('\n'),
            en: [
              `The procurement documents of “${tender.title}” (${tender.reference}) were corrected (§ 20 (3) VgV).`,
              `Reason: ${input.reason}`,
              ...lotLines.en,
              `Submission deadline: ${newDeadline.en}. Last moment for bidders' questions: ${newQuestions.en}.`,
            ].join('\n'),
          },
        },
        now,
      );
      await auditTenderChange(trx, ctx, {
        action: 'tender.correction.published',
        object: tenderRef(tender.id),
        before: {
          version: tender.version,
          submissionDeadline: previousSubmission.toISOString(),
          questionsDeadline: previousQuestions.toISOString(),
        },
        after: {
          version: touched.version,
          correction: number,
          reason: input.reason,
          submissionDeadline: submissionDeadline.toISOString(),
          questionsDeadline: questionsDeadline.toISOString(),
          commitments: schemeVersions.map(({ lotNumber, number: n, commitment }) => ({
            lotNumber,
            number: n,
            commitment,
          })),
          noticesSent,
        },
      });
      return {
        tenderId: tender.id,
        version: corrected.version,
        number,
        reason: correction.reason,
        previousSubmissionDeadline: previousSubmission.toISOString(),
        submissionDeadline: submissionDeadline.toISOString(),
        previousQuestionsDeadline: previousQuestions.toISOString(),
        questionsDeadline: questionsDeadline.toISOString(),
        correctedBy: caller.userId,
        correctedAt: now.toISOString(),
        schemeVersions,
        extension,
        noticesSent,
      };
    },
  );
}

const zoned = (at: Date) =>
  Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(berlin);
const toDate = (moment: Temporal.ZonedDateTime) => new Date(moment.epochMilliseconds);

/** A change of a scheme changes the award criteria or their weighting: always material. */
function materialOf(schemesChange: boolean, claimed: boolean | undefined): boolean {
  if (schemesChange && claimed === false) {
    throw new ValidationError('A changed evaluation scheme is a material change.', [
      {
        in: 'body',
        pointer: '/material',
        detail:
          'Changing the award criteria or their weighting changes the documents materially (§ 20 (3) S. 1 Nr. 2 VgV); leave material out or set it to true.',
      },
    ]);
  }
  return schemesChange || claimed === true;
}

/**
 * The submission deadline the correction requires, with its explanation; a proposed deadline
 * earlier than that is refused. Where the rules do not model the tender's regime and procedure
 * type, nothing is computed: the deadline may not move earlier, and the explanation says that the
 * authority judges the extension (§ 20 (3) VgV: proportionate to the change).
 */
function requiredExtension(
  tender: TenderRow,
  now: Date,
  material: boolean,
  proposed: string | undefined,
): CorrectionExtension {
  const original = tender.submission_deadline!;
  const model = deadlineModelOf(tender);
  if (model === null) {
    const errors = [];
    if (
      proposed !== undefined &&
      resolveLocalDeadline(proposed, '/submissionDeadline').epochMilliseconds < original.getTime()
    ) {
      errors.push({
        code: 'deadlineEarlier',
        text: {
          de: 'Eine Korrektur darf die Angebotsfrist nicht verkürzen.',
          en: 'A correction may not shorten the submission period.',
        },
        sources: ['§ 20 Abs. 3 VgV'],
      });
    }
    const extension: CorrectionExtension = {
      extensionRequired: false,
      earliestDeadline: zonedText(zoned(original)),
      errors,
      warnings: [
        {
          code: 'extensionNotComputed',
          text: {
            de: 'Für diese Verfahrensart berechnet Tenderwise die erforderliche Verlängerung nicht; sie ist nach der Bedeutung der Änderung angemessen zu bemessen.',
            en: 'For this procedure type Tenderwise does not compute the extension required; it must be proportionate to the importance of the change.',
          },
          sources: ['§ 20 Abs. 3 VgV'],
        },
      ],
      explanation: [],
    };
    refuseShortDeadline(extension);
    return extension;
  }
  const extension = extendAfterCorrection({
    regime: model.regime,
    procedureType: model.procedureType,
    reductions: model.reductions,
    place: model.place,
    originalDeadline: berlinLocalText(original),
    correctedAt: now.toISOString(),
    material,
    ...(proposed !== undefined && { proposedDeadline: proposed }),
  });
  refuseShortDeadline(extension);
  return extension;
}

function refuseShortDeadline(extension: CorrectionExtension): void {
  if (extension.errors.length === 0) return;
  throw new ValidationError(
    'The submission deadline does not allow the extension the correction requires.',
    extension.errors.map((error) => ({
      in: 'body' as const,
      pointer: '/submissionDeadline',
      detail: `${error.text.en} (${error.sources.join('; ')})`,
    })),
  );
}

/**
 * The new last moment for bidders' questions: as given (before the submission deadline), kept
 * when the submission deadline does not move, else computed from it (`lastDayForQuestions`) or,
 * where the rules do not model the procedure, moved by as much as the submission deadline.
 */
function questionsDeadlineOf(
  tender: TenderRow,
  submissionDeadline: Date,
  given: string | undefined,
): Date {
  const previous = tender.questions_deadline!;
  if (given !== undefined) {
    const at = toDate(resolveLocalDeadline(given, '/questionsDeadline'));
    if (at.getTime() >= submissionDeadline.getTime()) {
      throw new ValidationError('Questions must be asked before the submission deadline.', [
        {
          in: 'body',
          pointer: '/questionsDeadline',
          detail: 'The last moment for questions must be before the submission deadline.',
        },
      ]);
    }
    return at;
  }
  const moved = submissionDeadline.getTime() - tender.submission_deadline!.getTime();
  if (moved === 0) return previous;
  const model = deadlineModelOf(tender);
  if (model === null) return new Date(previous.getTime() + moved);
  const computed = lastDayForQuestions({
    regime: model.regime,
    deadline: berlinLocalText(submissionDeadline),
    place: model.place,
    urgency: model.reductions.includes('urgency'),
  });
  const at = dateOfZoned(computed.questionsDueBy);
  return at.getTime() > previous.getTime() ? at : previous;
}

/**
 * The corrected schemes, each on the tender with its (new) submission day, validated by the
 * engine: every lot once, an existing lot, a valid scheme that differs from the lot's latest
 * version. Issues point into `/lots`.
 */
function checkedSchemes(
  lots: readonly { lotNumber: number; scheme: EvaluationScheme }[],
  existing: ReadonlyMap<number, unknown>,
  latest: ReadonlyMap<number, { number: number; commitment: string }>,
  dated: (scheme: EvaluationScheme) => EvaluationScheme,
): { lotNumber: number; scheme: EvaluationScheme }[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  const changed = lots.map(({ lotNumber, scheme }, index) => {
    const at = `/lots/${index}`;
    if (seen.has(lotNumber)) {
      issues.push({
        in: 'body',
        pointer: `${at}/lotNumber`,
        detail: `Lot ${lotNumber} is named twice.`,
      });
    }
    seen.add(lotNumber);
    if (!existing.has(lotNumber)) {
      issues.push({
        in: 'body',
        pointer: `${at}/lotNumber`,
        detail: `The tender has no lot ${lotNumber}.`,
      });
    }
    const onTender = dated(scheme);
    for (const issue of validateScheme(onTender)) {
      issues.push({ in: 'body', pointer: `${at}/scheme${issue.pointer}`, detail: issue.message });
    }
    const previous = latest.get(lotNumber);
    if (previous !== undefined && previous.commitment === schemeCommitment(onTender)) {
      issues.push({
        in: 'body',
        pointer: `${at}/scheme`,
        detail: `The scheme is the same as version ${previous.number} of lot ${lotNumber}.`,
      });
    }
    return { lotNumber, scheme: onTender };
  });
  if (issues.length > 0) {
    throw new ValidationError('The corrected schemes break a rule.', issues);
  }
  return changed;
}
