import type {
  PeriodReduction,
  SubmissionDeadlineCheck,
  SubmissionDeadlineCheckInput,
} from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import { calendarRuleOf, periodEnd } from './calendar-rules.ts';
import {
  assumedHolidayStep,
  finding,
  nonWorkingReason,
  step,
  type Finding,
  type Step,
} from './explanation.ts';
import { dayStatus } from './holidays.ts';
import { applicablePeriods, shortestPeriod } from './procedure-periods.ts';
import {
  berlinDayOf,
  berlinMomentOf,
  formatDay,
  formatMoment,
  resolveLocalDeadline,
  zonedText,
} from './time.ts';

const appropriateness = { VgV: '§ 20 Abs. 1 VgV', UVgO: '§ 13 Abs. 1 UVgO' } as const;

/**
 * Whether a prior information notice allows the reduction: sent at least 35 days and at most
 * twelve months before the day the contract notice is dispatched (§ 38 (3) Nr. 2 VgV).
 */
function priorInformationAllows(sentAt: string, dispatchDay: Temporal.PlainDate): boolean {
  const sentDay = berlinDayOf(sentAt);
  return (
    sentDay.until(dispatchDay).days >= 35 &&
    Temporal.PlainDate.compare(dispatchDay, sentDay.add({ months: 12 })) <= 0
  );
}

/**
 * Checks a submission deadline against the minimum period of the regime and procedure: errors
 * where it falls below the legal minimum, warnings where it is allowed but notable, and every
 * computed date explained with its paragraph.
 */
export function checkSubmissionDeadline(
  input: SubmissionDeadlineCheckInput,
): SubmissionDeadlineCheck {
  const { regime, procedureType, place } = input;
  const deadline = resolveLocalDeadline(input.deadline, '/deadline');
  const dispatch = berlinMomentOf(input.dispatchedAt);
  const dispatchDay = dispatch.toPlainDate();
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const explanation: Step[] = [];
  const rule = calendarRuleOf(regime);

  explanation.push(
    step(
      'dispatch',
      {
        de: `Absendung der Bekanntmachung: ${formatMoment(dispatch).de}. Fristen werden nach ${rule === 'bgb' ? 'den §§ 186–193 BGB' : 'der VO (EWG, Euratom) Nr. 1182/71'} berechnet, mit den Feiertagen des Landes ${place.land}.`,
        en: `Dispatch of the notice: ${formatMoment(dispatch).en}. Periods are computed under ${rule === 'bgb' ? '§§ 186–193 BGB' : 'Regulation (EEC, Euratom) No 1182/71'} with the public holidays of ${place.land}.`,
      },
      [rule === 'bgb' ? '§ 54 Abs. 2 UVgO' : '§ 82 VgV'],
      { date: dispatchDay, moment: dispatch },
    ),
  );

  if (Temporal.ZonedDateTime.compare(deadline, dispatch) <= 0) {
    errors.push(
      finding(
        'deadlineBeforeDispatch',
        {
          de: 'Die Angebotsfrist endet vor der Absendung der Bekanntmachung.',
          en: 'The submission deadline is before the dispatch of the notice.',
        },
        [],
      ),
    );
  }

  let reductions: PeriodReduction[] = [...new Set(input.reductions ?? [])];
  if (regime === 'UVgO' && reductions.length > 0) {
    warnings.push(
      finding(
        'reductionsNotApplicable',
        {
          de: 'Die UVgO kennt keine Mindestfristen und daher keine Verkürzungen; die angegebenen Verkürzungen bleiben unberücksichtigt.',
          en: 'The UVgO has no minimum periods and so no reductions; the reductions given are ignored.',
        },
        ['§ 13 Abs. 1 UVgO'],
      ),
    );
    reductions = [];
  }
  if (reductions.includes('priorInformationNotice')) {
    if (input.priorInformationSentAt === undefined) {
      warnings.push(
        finding(
          'priorInformationUnchecked',
          {
            de: 'Die Verkürzung auf 15 Tage setzt voraus, dass die Vorinformation alle geforderten Angaben enthielt und 35 Tage bis zwölf Monate vor der Absendung der Bekanntmachung übermittelt wurde. Bitte dokumentieren.',
            en: 'The reduction to 15 days requires that the prior information notice held all required information and was sent 35 days to twelve months before the dispatch of the notice. Please document this.',
          },
          ['§ 38 Abs. 3 VgV'],
        ),
      );
    } else if (!priorInformationAllows(input.priorInformationSentAt, dispatchDay)) {
      errors.push(
        finding(
          'priorInformationTooLateOrOld',
          {
            de: 'Die Vorinformation wurde nicht mindestens 35 Tage und höchstens zwölf Monate vor der Absendung der Bekanntmachung übermittelt; sie verkürzt die Frist nicht.',
            en: 'The prior information notice was not sent at least 35 days and at most twelve months before the dispatch of the notice; it does not shorten the period.',
          },
          ['§ 38 Abs. 3 Nr. 2 VgV'],
        ),
      );
      reductions = reductions.filter((reduction) => reduction !== 'priorInformationNotice');
    }
  }
  if (reductions.includes('urgency')) {
    warnings.push(
      finding(
        'urgencyMustBeJustified',
        {
          de: 'Die Verkürzung wegen Dringlichkeit setzt eine hinreichend begründete, dokumentierte Dringlichkeit voraus, die die Regelfrist unmöglich macht.',
          en: 'The reduction for urgency requires a sufficiently justified and documented urgency that makes the regular period impossible.',
        },
        ['§ 15 Abs. 3 VgV', '§ 8 VgV'],
      ),
    );
  }

  const chosen = shortestPeriod(applicablePeriods(regime, procedureType, reductions));
  explanation.push(
    step(
      'minimumPeriod',
      chosen.basis === 'law'
        ? {
            de: `Mindestfrist: ${chosen.days} Tage, gerechnet ab dem Tag nach der Absendung der Bekanntmachung.`,
            en: `Minimum period: ${chosen.days} days, counted from the day after the dispatch of the notice.`,
          }
        : {
            de: `Die UVgO verlangt eine angemessene Frist ohne feste Mindestdauer; die Praxis erwartet mindestens ${chosen.days} Kalendertage.`,
            en: `The UVgO asks for an appropriate period without a fixed minimum; practice expects at least ${chosen.days} calendar days.`,
          },
      [chosen.source],
    ),
  );
  const period = periodEnd({ rule, eventDay: dispatchDay, length: { days: chosen.days }, place });
  explanation.push(...period.steps);

  if (Temporal.ZonedDateTime.compare(deadline, period.end) < 0) {
    const text = {
      de: `Die Angebotsfrist (${formatMoment(deadline).de}) endet vor Ablauf der ${chosen.basis === 'law' ? 'Mindestfrist' : 'in der Praxis erwarteten Frist'} (${formatMoment(period.end).de}).`,
      en: `The submission deadline (${formatMoment(deadline).en}) is before the end of the ${chosen.basis === 'law' ? 'minimum period' : 'period practice expects'} (${formatMoment(period.end).en}).`,
    };
    (chosen.basis === 'law' ? errors : warnings).push(
      finding(chosen.basis === 'law' ? 'belowMinimumPeriod' : 'belowPracticePeriod', text, [
        chosen.source,
      ]),
    );
  } else if (period.end.until(deadline).total({ unit: 'day', relativeTo: period.end }) < 1) {
    warnings.push(
      finding(
        'onlyMinimumPeriod',
        {
          de: 'Die Frist schöpft nur die Mindestfrist aus. Mindestfristen sind Untergrenzen: Komplexität der Leistung und Zeit für die Ausarbeitung der Angebote sind zu berücksichtigen.',
          en: 'The deadline grants only the minimum period. Minimum periods are floors: the complexity of the contract and the time needed to prepare tenders must be taken into account.',
        },
        [appropriateness[regime]],
      ),
    );
  }

  const deadlineDay = deadline.toPlainDate();
  const deadlineStatus = dayStatus(deadlineDay, place);
  if (!deadlineStatus.working) {
    const why = nonWorkingReason(deadlineStatus);
    const assumed = assumedHolidayStep(deadlineDay, deadlineStatus);
    if (assumed) explanation.push(assumed);
    warnings.push(
      finding(
        'deadlineOnNonWorkingDay',
        {
          de: `Die Angebotsfrist endet an einem ${why.de} am Sitz des Auftraggebers; Rückfragen und technische Hilfe sind dann kaum erreichbar.`,
          en: `The submission deadline falls on a ${why.en} at the authority's seat, when questions and technical support are hardly available.`,
        },
        [appropriateness[regime]],
      ),
    );
  }

  const christmas = Temporal.PlainDate.from({ year: dispatchDay.year, month: 12, day: 24 });
  if (
    Temporal.PlainDate.compare(dispatchDay, christmas) < 0 &&
    Temporal.PlainDate.compare(deadlineDay, christmas) > 0
  ) {
    warnings.push(
      finding(
        'periodOverHolidaySeason',
        {
          de: 'Die Frist läuft über Weihnachten und den Jahreswechsel; viele Unternehmen arbeiten dann eingeschränkt. Eine längere Frist prüfen.',
          en: 'The period runs over Christmas and the turn of the year, when many companies work at reduced capacity. Consider a longer period.',
        },
        [appropriateness[regime]],
      ),
    );
  }

  explanation.push(
    step(
      'deadline',
      {
        de: `Angebotsfrist: ${formatMoment(deadline).de}; frühestens zulässig: ${formatMoment(period.end).de} (${formatDay(period.lastDay).de}, 24:00 Uhr).`,
        en: `Submission deadline: ${formatMoment(deadline).en}; earliest permissible: ${formatMoment(period.end).en} (end of ${formatDay(period.lastDay).en}).`,
      },
      [chosen.source],
      { moment: deadline },
    ),
  );

  return {
    deadline: zonedText(deadline),
    minimumDays: chosen.basis === 'law' ? chosen.days : null,
    earliestDeadline: zonedText(period.end),
    errors,
    warnings,
    explanation,
  };
}
