import type { PublicDeadline } from '@tenderwise/schema';
import { berlinMomentOf, formatMoment, zonedText } from '../../domain/deadlines/time.ts';

/** A deadline as its instant, as Berlin local time and as text in German and English. */
export function publicDeadline(at: Date): PublicDeadline {
  const instant = at.toISOString();
  const moment = berlinMomentOf(instant);
  return { at: instant, local: zonedText(moment), text: formatMoment(moment) };
}
