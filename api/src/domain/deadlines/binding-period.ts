import type { BindingPeriod, BindingPeriodInput } from '@tenderwise/schema';
import { workingDayOnOrBefore } from './calendar-rules.ts';
import {
  assumedHolidayStep,
  finding,
  nonWorkingReason,
  step,
  type Finding,
  type Step,
} from './explanation.ts';
import { dayStatus } from './holidays.ts';
import { bindingPeriodPractice } from './procedure-periods.ts';
import { endOfDay, formatDay, formatMoment, resolveLocalDeadline, zonedText } from './time.ts';

/**
 * The end of the bid validity period (Bindefrist): `days` days after the submission deadline.
 * It is a civil-law acceptance period the authority sets (§ 148 BGB), not a period of the VgV,
 * so it is counted by §§ 187 (1), 188 (1) BGB under every regime.
 *
 * Stricter reading: § 193 BGB might move an end on a Saturday, Sunday or holiday to the next
 * working day, since the award is a declaration of intent; the authority should not rely on it.
 * The end is reported unmoved, with the last working day on or before it as the day to award by.
 */
export function bindingPeriodEnd(input: BindingPeriodInput): BindingPeriod {
  const { place, days } = input;
  const deadline = resolveLocalDeadline(input.deadline, '/deadline');
  const explanation: Step[] = [];
  const warnings: Finding[] = [];
  const deadlineDay = deadline.toPlainDate();
  const lastDay = deadlineDay.add({ days });
  const end = endOfDay(lastDay);
  explanation.push(
    step(
      'bindingPeriodEnds',
      {
        de: `Die Bindefrist von ${days} Tagen beginnt nach dem Tag der Angebotsfrist (${formatMoment(deadline).de}, nicht mitgerechnet) und endet mit Ablauf des ${formatDay(lastDay).de}.`,
        en: `The bid validity period of ${days} days begins after the day of the submission deadline (${formatMoment(deadline).en}, not counted) and ends at the end of ${formatDay(lastDay).en}.`,
      },
      ['§ 148 BGB', '§ 187 Abs. 1 BGB', '§ 188 Abs. 1 BGB'],
      { date: lastDay, moment: end },
    ),
  );

  const status = dayStatus(lastDay, place);
  const awardDay = workingDayOnOrBefore(lastDay, place);
  if (!status.working) {
    const why = nonWorkingReason(status);
    const assumed = assumedHolidayStep(lastDay, status);
    if (assumed) explanation.push(assumed);
    explanation.push(
      step(
        'awardByWorkingDay',
        {
          de: `Der letzte Tag ist ein ${why.de}. § 193 BGB könnte das Ende auf den nächsten Werktag schieben; darauf sollte sich der Auftraggeber nicht verlassen: Zuschlag spätestens am ${formatDay(awardDay).de}.`,
          en: `The last day is a ${why.en}. § 193 BGB might move the end to the next working day; the authority should not rely on it: award by ${formatDay(awardDay).en}.`,
        },
        ['§ 193 BGB'],
        { date: awardDay },
      ),
    );
    warnings.push(
      finding(
        'bindingPeriodEndsOnNonWorkingDay',
        {
          de: `Die Bindefrist endet an einem ${why.de}; ein Ende an einem Werktag vermeidet Zweifel.`,
          en: `The bid validity period ends on a ${why.en}; an end on a working day avoids doubt.`,
        },
        ['§ 193 BGB'],
      ),
    );
  }
  if (days > bindingPeriodPractice.usualMaximumDays) {
    warnings.push(
      finding(
        'bindingPeriodUnusuallyLong',
        {
          de: `Eine Bindefrist von ${days} Tagen ist ungewöhnlich lang (üblich sind 30 bis ${bindingPeriodPractice.usualMaximumDays} Tage): Sie bindet die Bieter an ihre Preise und sollte begründet werden.`,
          en: `A bid validity period of ${days} days is unusually long (30 to ${bindingPeriodPractice.usualMaximumDays} days is usual): it binds bidders to their prices and should be justified.`,
        },
        bindingPeriodPractice.sources,
      ),
    );
  }
  return {
    lastDay: lastDay.toString(),
    end: zonedText(end),
    lastWorkingDayForAward: awardDay.toString(),
    errors: [],
    warnings,
    explanation,
  };
}
