import type { Context } from 'hono';
import type { UserPrincipal } from '../../security/access/principal.ts';
import { principalOf } from '../../http/authenticate.ts';
import type { AppEnv } from '../../http/env.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';

/**
 * The signed-in user of a request whose policy row admits only user roles (the route guard has
 * already refused everybody else; this only narrows the type).
 */
export async function signedInUserOf(c: Context<AppEnv>): Promise<UserPrincipal> {
  const principal = await principalOf(c);
  if (principal.kind !== 'user') throw new UnauthenticatedError('Please log in.');
  return principal;
}
