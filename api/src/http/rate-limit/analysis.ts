import type { Context, MiddlewareHandler } from 'hono';
import { anonymous, auditActorOf, type Principal } from '../../security/access/principal.ts';
import { principalOf } from '../authenticate.ts';
import type { AppEnv } from '../env.ts';
import { TooManyRequestsError } from '../../domain/errors.ts';
import { takeAllowance } from '../../security/rate-limit/take-allowance.ts';
import { analysisCosts, rateLimits } from '../../security/rate-limit/limits.ts';
import { callerKeyOf, rateLimitContextOf } from './request.ts';

/**
 * Route middleware for the analysis endpoints: takes what an analysis of this kind costs
 * ({@link analysisCosts}) from the client's {@link rateLimits.analysis}, before the body is
 * validated (validating a large body is work too). The client is the account of a valid session
 * or API key, else the address; a credential is checked only when one was sent.
 *
 * The analyses are calculators that work without the database (ADR 0006). When the counters
 * cannot be reached, the request goes ahead and a warning is logged: the worker pool's queue and
 * time limits still bound what it can cost, and an outage of the database should not become one
 * of the calculators.
 */
export function analysisRateLimit(kind: keyof typeof analysisCosts): MiddlewareHandler<AppEnv> {
  const cost = analysisCosts[kind];
  return async (c, next) => {
    try {
      const principal = await callerOf(c);
      await takeAllowance(rateLimitContextOf(c, auditActorOf(principal)), [
        { limit: rateLimits.analysis, key: [callerKeyOf(c, principal)], cost },
      ]);
    } catch (error) {
      if (error instanceof TooManyRequestsError) throw error;
      c.var.logger.warn({ err: error }, 'analysis rate limit not checked; request allowed');
    }
    await next();
  };
}

async function callerOf(c: Context<AppEnv>): Promise<Principal> {
  const credential = c.get('authentication')?.credential ?? 'none';
  return credential === 'none' ? anonymous : principalOf(c);
}
