import type { CorrectionExtension, CorrectionExtensionInput } from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import { calendarRuleOf, periodEnd } from './calendar-rules.ts';
import { finding, step, type Finding, type Step } from './explanation.ts';
import { applicablePeriods, informationLeadDays, shortestPeriod } from './procedure-periods.ts';
import { berlinMomentOf, formatMoment, resolveLocalDeadline, zonedText } from './time.ts';

const extensionSource = {
  VgV: { material: '§ 20 Abs. 3 S. 1 Nr. 2, S. 2 VgV', information: '§ 20 Abs. 3 S. 1 Nr. 1 VgV' },
  UVgO: { material: '§ 13 UVgO (Fristverlängerung)', information: '§ 13 UVgO (Fristverlängerung)' },
} as const;

const later = (a: Temporal.ZonedDateTime, b: Temporal.ZonedDateTime) =>
  Temporal.ZonedDateTime.compare(a, b) >= 0 ? a : b;

/**
 * The submission deadline a correction of the documents during the period requires.
 *
 * § 20 (3) VgV asks for an extension "proportionate to the importance of the change". Stricter
 * reading taken here: after a material change the bidders get the full minimum period of the
 * procedure again, counted from the day after the correction is published (as if the notice had
 * been dispatched then), and the new deadline must be later than the original one. A correction
 * that is not material is treated as additional information: it must be available six days (four
 * in urgency) before the deadline, else the deadline moves so that it is.
 */
export function extendAfterCorrection(input: CorrectionExtensionInput): CorrectionExtension {
  const { regime, procedureType, place, material } = input;
  const original = resolveLocalDeadline(input.originalDeadline, '/originalDeadline');
  const corrected = berlinMomentOf(input.correctedAt);
  const correctionDay = corrected.toPlainDate();
  const reductions = regime === 'UVgO' ? [] : (input.reductions ?? []);
  const rule = calendarRuleOf(regime);
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const explanation: Step[] = [];

  if (Temporal.ZonedDateTime.compare(corrected, original) >= 0) {
    errors.push(
      finding(
        'correctionAfterDeadline',
        {
          de: 'Die Korrektur liegt nach Ablauf der Angebotsfrist; die Frist kann nicht mehr verlängert werden.',
          en: 'The correction is after the submission deadline; the period can no longer be extended.',
        },
        [extensionSource[regime].material],
      ),
    );
  }

  let earliest: Temporal.ZonedDateTime;
  let extensionRequired: boolean;
  if (material) {
    const chosen = shortestPeriod(applicablePeriods(regime, procedureType, reductions));
    const period = periodEnd({
      rule,
      eventDay: correctionDay,
      length: { days: chosen.days },
      place,
    });
    explanation.push(
      step(
        'materialCorrection',
        {
          de: `Wesentliche Änderung der Vergabeunterlagen am ${formatMoment(corrected).de}: Die Angebotsfrist ist zu verlängern. Strengere Lesart: Die Bieter erhalten die volle Frist von ${chosen.days} Tagen ab dem Tag nach der Korrektur erneut, und die neue Frist endet nach der bisherigen.`,
          en: `Material change of the procurement documents on ${formatMoment(corrected).en}: the submission deadline must be extended. Stricter reading: bidders get the full period of ${chosen.days} days again from the day after the correction, and the new deadline is after the original one.`,
        },
        [extensionSource[regime].material, chosen.source],
        { moment: corrected },
      ),
      ...period.steps,
    );
    earliest = later(period.end, original);
    extensionRequired = true;
  } else {
    const lead = informationLeadDays[regime][reductions.includes('urgency') ? 'urgency' : 'normal'];
    const period = periodEnd({ rule, eventDay: correctionDay, length: { days: lead.days }, place });
    extensionRequired = Temporal.ZonedDateTime.compare(period.end, original) > 0;
    earliest = later(period.end, original);
    explanation.push(
      step(
        'minorCorrection',
        {
          de: `Keine wesentliche Änderung: Die Korrektur wird wie eine zusätzliche Information behandelt und muss ${lead.days} volle Tage vor dem Tag der Angebotsfrist vorliegen. ${extensionRequired ? `Das ist bis zur bisherigen Frist (${formatMoment(original).de}) nicht der Fall; sie ist zu verlängern.` : 'Die bisherige Frist genügt.'}`,
          en: `Not a material change: the correction is treated as additional information and must be available ${lead.days} whole days before the deadline's day. ${extensionRequired ? `The original deadline (${formatMoment(original).en}) does not allow this; it must be extended.` : 'The original deadline suffices.'}`,
        },
        [lead.source],
        { moment: corrected },
      ),
      ...period.steps,
    );
  }

  if (input.proposedDeadline !== undefined) {
    const proposed = resolveLocalDeadline(input.proposedDeadline, '/proposedDeadline');
    const notExtended = material && Temporal.ZonedDateTime.compare(proposed, original) <= 0;
    if (notExtended || Temporal.ZonedDateTime.compare(proposed, earliest) < 0) {
      errors.push(
        finding(
          'extensionTooShort',
          {
            de: `Die vorgeschlagene Frist (${formatMoment(proposed).de}) genügt nicht; frühestens: ${formatMoment(earliest).de}${material ? ', und nach der bisherigen Frist' : ''}.`,
            en: `The proposed deadline (${formatMoment(proposed).en}) is not enough; earliest: ${formatMoment(earliest).en}${material ? ', and after the original deadline' : ''}.`,
          },
          [material ? extensionSource[regime].material : extensionSource[regime].information],
        ),
      );
    }
  }

  return {
    extensionRequired,
    earliestDeadline: zonedText(earliest),
    errors,
    warnings,
    explanation,
  };
}
