import { berlinDayOf } from '../../domain/deadlines/time.ts';

/** Today's calendar day in Europe/Berlin, where the deadlines of exchanges are counted. */
export function berlinToday(now: Date): string {
  return berlinDayOf(now.toISOString()).toString();
}

/** Whether a deadline day is still running: answers are taken to the end of that day in Berlin. */
export function deadlineRuns(deadline: string, now: Date): boolean {
  return berlinToday(now) <= deadline;
}
