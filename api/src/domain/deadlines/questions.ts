import type { QuestionsDeadline, QuestionsDeadlineInput } from '@tenderwise/schema';
import { workingDayOnOrBefore } from './calendar-rules.ts';
import { step, type Finding, type Step } from './explanation.ts';
import { dayStatus } from './holidays.ts';
import { informationLeadDays } from './procedure-periods.ts';
import { endOfDay, formatDay, formatMoment, resolveLocalDeadline, zonedText } from './time.ts';

/**
 * The last day for bidders' questions. The law fixes no such day; it fixes when answers to
 * questions asked in time must be available: six days (four in urgency) before the submission
 * deadline expires (§ 20 (3) S. 1 Nr. 1 VgV), else the deadline must be extended.
 *
 * Stricter readings: the six days are whole calendar days counted back from the deadline's day,
 * which is not counted (as Art. 3 (1) of Regulation 1182/71 and § 187 (1) BGB count forward); a
 * latest answer day that is no working day at the seat moves back to the working day before it
 * (moving it forward would shorten the bidders' time). The last day for questions then leaves the
 * authority `answerPreparationWorkingDays` working days to answer (its choice, not law).
 */
export function lastDayForQuestions(input: QuestionsDeadlineInput): QuestionsDeadline {
  const { regime, place } = input;
  const deadline = resolveLocalDeadline(input.deadline, '/deadline');
  const lead = informationLeadDays[regime][input.urgency ? 'urgency' : 'normal'];
  const preparation = input.answerPreparationWorkingDays ?? 2;
  const explanation: Step[] = [];
  const warnings: Finding[] = [];

  const deadlineDay = deadline.toPlainDate();
  const latestAnswerDay = deadlineDay.subtract({ days: lead.days + 1 });
  const answerDay = workingDayOnOrBefore(latestAnswerDay, place);
  const answersDueBy = endOfDay(answerDay);
  explanation.push(
    step(
      'answersDueBy',
      {
        de: `Zusätzliche Informationen müssen spätestens ${lead.days} Tage vor Ablauf der Angebotsfrist (${formatMoment(deadline).de}) vorliegen: volle ${lead.days} Kalendertage vor dem Tag der Angebotsfrist, also bis zum Ablauf des ${formatDay(latestAnswerDay).de}${answerDay.equals(latestAnswerDay) ? '' : `; da dies kein Werktag ist, bis zum Ablauf des vorhergehenden Werktags ${formatDay(answerDay).de}`}.`,
        en: `Additional information must be available at least ${lead.days} days before the submission deadline (${formatMoment(deadline).en}) expires: ${lead.days} whole calendar days before the deadline's day, so by the end of ${formatDay(latestAnswerDay).en}${answerDay.equals(latestAnswerDay) ? '' : `; as that is no working day, by the end of the working day before, ${formatDay(answerDay).en}`}.`,
      },
      [lead.source],
      { date: answerDay, moment: answersDueBy },
    ),
  );

  let questionsDay = answerDay;
  for (let left = preparation; left > 0; left -= 1) {
    questionsDay = workingDayOnOrBefore(questionsDay.subtract({ days: 1 }), place);
  }
  const questionsDueBy = endOfDay(questionsDay);
  explanation.push(
    step(
      'lastDayForQuestions',
      {
        de: `Letzter Tag für Bieterfragen: ${formatDay(questionsDay).de} (24:00 Uhr). Das lässt ${preparation} Werktag(e) für die Antworten; dieser Puffer ist eine Festlegung des Auftraggebers, keine gesetzliche Frist. Spätere Fragen werden gespeichert; wird eine rechtzeitig gestellte Frage nicht bis ${formatDay(answerDay).de} beantwortet, ist die Angebotsfrist zu verlängern.`,
        en: `Last day for bidders' questions: ${formatDay(questionsDay).en} (24:00). This leaves ${preparation} working day(s) to answer; the buffer is the authority's choice, not a legal period. Later questions are still stored; if a question asked in time is not answered by ${formatDay(answerDay).en}, the submission deadline must be extended.`,
      },
      [lead.source, regime === 'VgV' ? '§ 20 Abs. 3 S. 3 VgV' : '§ 13 UVgO'],
      { date: questionsDay, moment: questionsDueBy },
    ),
  );
  if (!dayStatus(deadlineDay, place).working) {
    warnings.push({
      code: 'deadlineOnNonWorkingDay',
      text: {
        de: 'Die Angebotsfrist endet an einem Tag, der am Sitz des Auftraggebers kein Werktag ist.',
        en: "The submission deadline falls on a day that is no working day at the authority's seat.",
      },
      sources: [],
    });
  }

  return {
    answersDueBy: zonedText(answersDueBy),
    lastDayForQuestions: questionsDay.toString(),
    questionsDueBy: zonedText(questionsDueBy),
    errors: [],
    warnings,
    explanation,
  };
}
