export { bindingPeriodEnd } from './binding-period.ts';
export { calendarRuleOf, periodEnd, type CalendarRule } from './calendar-rules.ts';
export { extendAfterCorrection } from './correction.ts';
export { dayStatus } from './holidays.ts';
export { submissionPeriods } from './procedure-periods.ts';
export { lastDayForQuestions } from './questions.ts';
export { checkSubmissionDeadline } from './submission.ts';
export { resolveLocalDeadline } from './time.ts';
