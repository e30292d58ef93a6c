import type { Context, MiddlewareHandler } from 'hono';
import { anonymous, auditActorOf, type Principal } from '../../security/access/principal.ts';
import { principalOf } from '../authenticate.ts';
import type { AppEnv } from '../env.ts';
import { TooManyRequestsError } from '../../domain/errors.ts';
import { asAnalysisClient } from '../../security/rate-limit/analysis-client.ts';
import { takeAllowance } from '../../security/rate-limit/take-allowance.ts';
import { analysisCost, type analysisCosts, rateLimits } from '../../security/rate-limit/limits.ts';
import { callerKeyOf, rateLimitContextOf } from './request.ts';

/**
 * Route middleware for the analysis endpoints: takes what this request costs ({@link analysisCost}:
 * the kind's base units plus one per 16 KiB of body) from the client's
 * {@link rateLimits.analysis}, before the body is parsed or validated (that is work too), and
 * runs the rest of the request as that client's (`asAnalysisClient`), so the worker pool queues
 * its tasks fairly against other clients' (ADR 0021). The client is the account of a valid
 * session or API key, else the address; a credential is checked only when one was sent. The
 * body's size is its Content-Length; a body sent without one (chunked) is read first, within the
 * operation's body limit, and counted.
 *
 * The analyses are calculators that work without the database (ADR 0006). When the counters
 * cannot be reached, the request goes ahead and a warning is logged: the worker pool's queue and
 * time limits still bound what it can cost, and an outage of the database should not become one
 * of the calculators.
 */
export function analysisRateLimit(kind: keyof typeof analysisCosts): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // Outside the try: a chunked body over the limit is a 413, not a counter that failed.
    const cost = analysisCost(kind, await bodyBytesOf(c));
    let client: string | undefined;
    try {
      const principal = await callerOf(c);
      client = callerKeyOf(c, principal);
      await takeAllowance(rateLimitContextOf(c, auditActorOf(principal)), [
        { limit: rateLimits.analysis, key: [client], cost },
      ]);
    } catch (error) {
      if (error instanceof TooManyRequestsError) throw error;
      c.var.logger.warn({ err: error }, 'analysis rate limit not checked; request allowed');
    }
    await asAnalysisClient(client ?? callerKeyOf(c, anonymous), next);
  };
}

/** The request body's size in bytes: its Content-Length, else what reading it gives. */
export async function bodyBytesOf(c: Context<AppEnv>): Promise<number> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && /^\d+$/.test(declared.trim())) return Number(declared.trim());
  if (c.req.raw.body === null) return 0;
  return Buffer.byteLength(await c.req.text());
}

async function callerOf(c: Context<AppEnv>): Promise<Principal> {
  const credential = c.get('authentication')?.credential ?? 'none';
  return credential === 'none' ? anonymous : principalOf(c);
}
