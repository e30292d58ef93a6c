import type { NoticeReader } from '../../db/repositories/notice-inbox.ts';
import type { Principal } from '../../security/access/principal.ts';

/**
 * Whose notices the caller reads: a signed-in user those of their organisation addressed to it
 * or to them; an API key those addressed to its organisation (none addressed to one person).
 * The policy rows admit nobody else.
 */
export function noticeReaderOf(principal: Principal): NoticeReader {
  if (principal.kind === 'user') {
    return { organisationId: principal.organisationId, userId: principal.userId };
  }
  if (principal.kind === 'apiKey')
    return { organisationId: principal.organisationId, userId: null };
  throw new Error('Only users and API keys read notices');
}
