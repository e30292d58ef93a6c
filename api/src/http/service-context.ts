import type { Context } from 'hono';
import { anonymous } from '../security/access/principal.ts';
import { serviceSettingsOf, type ServiceContext } from '../services/context.ts';
import { principalOf } from './authenticate.ts';
import type { AppEnv } from './env.ts';

/**
 * The domain verbs' context for a request: its caller, database, clock, id and logger.
 *
 * For an operation whose policy row admits every caller, the principal is `anonymous` whatever
 * credential the request carries: such operations never look the credential up (ADR 0008), so
 * they keep working while the database is down and do not extend a session or count against an
 * API key. Their verbs must not depend on who calls; an operation that does is not public.
 */
export async function serviceContextOf(c: Context<AppEnv>): Promise<ServiceContext> {
  const { db, clock, config, passwordHashing } = c.var.deps;
  return {
    db,
    clock,
    principal: c.var.publicOperation === true ? anonymous : await principalOf(c),
    requestId: c.var.requestId,
    logger: c.var.logger,
    settings: serviceSettingsOf(config),
    ...(passwordHashing !== undefined && { passwordHashing }),
  };
}
