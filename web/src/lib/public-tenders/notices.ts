import { m } from '#lib/paraglide/messages.js';
import { publicTenderPath } from './public-tender-view.ts';

// How the notices page names a notice's kind and links to what it concerns.

export type NoticeKind =
  'correction' | 'clarification_answer' | 'pre_award_information' | 'cancellation';

export const noticeKindLabels: Record<NoticeKind, () => string> = {
  correction: m.notices_kind_correction,
  clarification_answer: m.notices_kind_clarification_answer,
  pre_award_information: m.notices_kind_pre_award_information,
  cancellation: m.notices_kind_cancellation,
};

/**
 * The page of what a notice concerns, in the base language, or null when there is none to link
 * to. A tender's notices link to its public page, which every recipient may read.
 */
export function noticeObjectPath(object: { type: string; id: string }): string | null {
  if (object.type !== 'tender' || !/^[0-9a-f-]{36}$/i.test(object.id)) return null;
  return publicTenderPath(object.id);
}
