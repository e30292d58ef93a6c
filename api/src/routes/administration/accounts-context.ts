import type { Context } from 'hono';
import type { UserPrincipal } from '../../security/access/principal.ts';
import type { AccountsContext } from '../../services/accounts-context.ts';
import { invitationLifetimeMs } from '../../domain/accounts/lifetimes.ts';
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

/** The accounts verbs' context for the request's signed-in user. */
export async function accountsContextOf(c: Context<AppEnv>): Promise<AccountsContext> {
  const user = await signedInUserOf(c);
  const { db, clock } = c.var.deps;
  return {
    db,
    clock,
    actor: {
      type: 'user',
      userId: user.userId,
      organisationId: user.organisationId,
      role: user.role,
    },
    requestId: c.var.requestId,
    logger: c.var.logger,
    invitationLifetimeMs: invitationLifetimeMs(c.var.deps.config),
  };
}
