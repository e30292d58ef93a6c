import type { Notice } from '@tenderwise/schema';
import type { NoticeRecord } from '../../db/repositories/notices.ts';

/** A notice as its reader sees it. */
export function noticeView(row: NoticeRecord): Notice {
  return {
    id: row.id,
    kind: row.kind,
    subject: { de: row.subject_de, en: row.subject_en },
    body: { de: row.body_de, en: row.body_en },
    object: { type: row.object_type, id: row.object_id },
    personal: row.user_id !== null,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
