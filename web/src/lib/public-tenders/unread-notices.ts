import type { ApiClient } from '#lib/api/client.ts';
import { mayUse, noticesArea, type SignedInUser } from '#lib/account/signed-in-user.ts';
import { send } from '#lib/services/result.ts';

/**
 * How many of the user's notices are unread, for the navigation; null for those who have none
 * to read (visitors, administrators) and when the API does not say: the count is a hint, and a
 * page never fails for it.
 */
export async function readUnreadNotices(
  api: ApiClient,
  user: SignedInUser | null,
): Promise<number | null> {
  if (user === null || user.role === null || !mayUse(user, noticesArea)) return null;
  const answer = await send(() =>
    api.GET('/api/v1/notices', { params: { query: { limit: '1' } } }),
  );
  return answer.data?.unread ?? null;
}
