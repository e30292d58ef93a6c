import type {
  DeadlineFinding,
  DeadlinePlace,
  DeadlineRegime,
  LocalizedText,
  ProcedureType,
  TenderDeadlineChecks,
} from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import type { TenderRow } from '../../db/repositories/tenders.ts';
import {
  bindingPeriodEnd,
  checkSubmissionDeadline,
  lastDayForQuestions,
} from '../../domain/deadlines/index.ts';
import { berlin } from '../../domain/deadlines/time.ts';
import { isOpenProcedure } from './regime-tables.ts';

/**
 * The calendar rules a tender's deadlines are computed by. The deadline rules model the VgV and
 * the UVgO. SektVO and VSVgV tenders take the VgV's: Regulation (EEC, Euratom) No 1182/71 governs
 * every period under EU procurement law (§ 82 VgV says so for the VgV; the SektVO and VSVgV rest
 * on the same directives), and the Land's holidays count alike.
 */
export function deadlineRegimeOf(regime: TenderRow['regime']): DeadlineRegime {
  return regime === 'UVgO' ? 'UVgO' : 'VgV';
}

/** `DE-BE` → `BE`: the Land whose public holidays count. */
export function placeOf(tender: Pick<TenderRow, 'land'>): DeadlinePlace {
  return { land: tender.land.slice(3) as DeadlinePlace['land'] };
}

/** An instant as a Berlin wall-clock time with its offset, as the deadline rules read it. */
export function berlinLocal(at: Date): string {
  const zoned = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(berlin);
  const local = zoned.toPlainDateTime().toString({ smallestUnit: 'second' });
  return `${local}${zoned.offset}`;
}

/** The Berlin calendar day of an instant. */
export function berlinDay(at: Date): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime())
    .toZonedDateTimeISO(berlin)
    .toPlainDate();
}

const finding = (code: string, text: LocalizedText, sources: string[]): DeadlineFinding => ({
  code,
  text,
  sources,
});

/**
 * Checks a tender's stored deadlines with the rules of its regime, procedure type and Land:
 * the submission deadline against the minimum period (open procedures, the only ones whose
 * periods are modelled), the questions deadline against the time answers are due (§ 20 (3)
 * S. 1 Nr. 1 VgV) and the bid validity period. A draft's notice is not sent yet: the check
 * assumes it is sent at `now`, and is made again when publication is asked for. Null while the
 * tender has no submission deadline.
 */
export function tenderDeadlineChecks(
  tender: TenderRow,
  procedureType: ProcedureType,
  now: Date,
): TenderDeadlineChecks | null {
  if (tender.submission_deadline === null) return null;
  const regime = deadlineRegimeOf(tender.regime);
  const place = placeOf(tender);
  const deadline = berlinLocal(tender.submission_deadline);
  const dispatchedAt = tender.published_at ?? now;
  const reductions = tender.period_reductions;
  const notes: LocalizedText[] = [];
  const errors: DeadlineFinding[] = [];
  const warnings: DeadlineFinding[] = [];

  if (tender.published_at === null) {
    notes.push({
      de: 'Die Bekanntmachung ist noch nicht abgesandt: Die Prüfung nimmt an, dass sie jetzt abgesandt wird, und wird beim Antrag auf Veröffentlichung wiederholt.',
      en: 'The notice is not sent yet: the check assumes it is sent now, and is made again when publication is asked for.',
    });
  }
  if (tender.regime === 'SektVO' || tender.regime === 'VSVgV') {
    notes.push({
      de: `Für die ${tender.regime} werden die Fristen nach der VO (EWG, Euratom) Nr. 1182/71 berechnet, die für alle Fristen des EU-Vergaberechts gilt; die Mindestfristen sind die der VgV. Bitte mit den Fristen der ${tender.regime} abgleichen.`,
      en: `Under the ${tender.regime} periods are computed by Regulation (EEC, Euratom) No 1182/71, which governs every period of EU procurement law; the minimum periods are the VgV's. Please compare them with the ${tender.regime}'s own periods.`,
    });
  }

  const open = isOpenProcedure(procedureType);
  const submission = open
    ? checkSubmissionDeadline({
        regime,
        procedureType: 'open',
        dispatchedAt: dispatchedAt.toISOString(),
        deadline,
        place,
        reductions,
      })
    : null;
  if (submission !== null) {
    errors.push(...submission.errors);
    warnings.push(...submission.warnings);
    if (tender.regime === 'SektVO') {
      warnings.push(
        finding(
          'vgvPeriodsApplied',
          {
            de: 'Die Mindestfristen der VgV wurden angewandt; die der SektVO sind gesondert zu prüfen.',
            en: "The VgV's minimum periods were applied; the SektVO's are to be checked separately.",
          },
          ['§ 14 SektVO', '§ 15 VgV'],
        ),
      );
    }
  } else {
    warnings.push(
      finding(
        'submissionPeriodNotChecked',
        {
          de: `Für die Verfahrensart „${procedureType.name.de}“ ist keine Mindestfrist hinterlegt; die Angebotsfrist wurde nicht gegen eine Mindestfrist geprüft.`,
          en: `No minimum period is modelled for the procedure type "${procedureType.name.en}"; the submission deadline was not checked against one.`,
        },
        procedureType.references.map((reference) => reference.paragraph).slice(0, 10),
      ),
    );
  }

  const questions = lastDayForQuestions({
    regime,
    deadline,
    place,
    urgency: reductions.includes('urgency'),
  });
  warnings.push(
    ...questions.warnings.filter(
      (item) => submission === null || item.code !== 'deadlineOnNonWorkingDay',
    ),
  );
  const questionsDeadline = tender.questions_deadline;
  if (questionsDeadline !== null) {
    const answersDue = Temporal.ZonedDateTime.from(questions.answersDueBy).epochMilliseconds;
    if (questionsDeadline.getTime() > tender.submission_deadline.getTime()) {
      errors.push(
        finding(
          'questionsAfterSubmission',
          {
            de: 'Die Frist für Bieterfragen endet nach der Angebotsfrist.',
            en: "The time for bidders' questions ends after the submission deadline.",
          },
          [questions.explanation[0]!.sources[0]!],
        ),
      );
    } else if (questionsDeadline.getTime() > answersDue) {
      warnings.push(
        finding(
          'questionsAfterAnswersDue',
          {
            de: 'Die Frist für Bieterfragen endet nach dem Zeitpunkt, zu dem Antworten vorliegen müssen: Wird eine rechtzeitig gestellte Frage später beantwortet, ist die Angebotsfrist zu verlängern.',
            en: "The time for bidders' questions ends after the moment answers must be available: if a question asked in time is answered later, the submission deadline must be extended.",
          },
          [questions.explanation[0]!.sources[0]!],
        ),
      );
    }
  }

  let bindingPeriod: TenderDeadlineChecks['bindingPeriod'] = null;
  if (tender.bid_validity_until !== null) {
    const days = berlinDay(tender.submission_deadline).until(
      Temporal.PlainDate.from(tender.bid_validity_until),
    ).days;
    if (days < 1) {
      errors.push(
        finding(
          'bidValidityNotAfterDeadline',
          {
            de: 'Die Bindefrist endet nicht nach dem Tag der Angebotsfrist.',
            en: 'The bid validity period does not end after the day of the submission deadline.',
          },
          ['§ 148 BGB'],
        ),
      );
    } else {
      bindingPeriod = bindingPeriodEnd({ deadline, days, place });
      warnings.push(...bindingPeriod.warnings);
    }
  }

  return {
    deadlineRegime: regime,
    dispatchedAt: dispatchedAt.toISOString(),
    notes,
    submission,
    questions,
    bindingPeriod,
    submissionDeadlineLocal: deadline,
    questionsDeadlineLocal: questionsDeadline === null ? null : berlinLocal(questionsDeadline),
    bidValidityUntil: tender.bid_validity_until,
    errors,
    warnings,
  };
}
