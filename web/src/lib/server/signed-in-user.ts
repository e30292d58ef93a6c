import type { Cookies } from '@sveltejs/kit';
import type { ApiClient } from '#lib/api/client.ts';
import type { SignedInUser } from '#lib/account/signed-in-user.ts';
import { hasSessionCookie } from './api.ts';

/**
 * Who is signed in, for the layout: null for visitors and for a sign-in that is not complete
 * (password given, second factor not yet). The role decides which areas the navigation offers;
 * the API still decides every request.
 */
export async function readSignedInUser(
  api: ApiClient,
  cookies: Pick<Cookies, 'get'>,
): Promise<SignedInUser | null> {
  // Visitors without a cookie cost the API nothing.
  if (!hasSessionCookie(cookies)) return null;
  const { data } = await api.GET('/api/v1/account');
  // The cookie makes this a session's answer; an API key's is not for pages.
  return data === undefined || data.kind !== 'user'
    ? null
    : { role: data.role, id: data.id, organisationId: data.organisation.id };
}
