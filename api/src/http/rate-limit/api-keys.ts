import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { takeAllowance } from '../../security/rate-limit/take-allowance.ts';
import { rateLimits } from '../../security/rate-limit/limits.ts';
import { rateLimitContextOf } from './request.ts';

/**
 * Counts one request of a verified vendor API key against its quota ({@link rateLimits.apiKey}).
 * Only verified keys count: a request naming someone else's key id with a wrong secret is
 * anonymous and cannot use up that key's quota.
 */
export async function limitApiKeyRequests(c: Context<AppEnv>, keyId: string): Promise<void> {
  await takeAllowance(rateLimitContextOf(c, { type: 'api_key', id: keyId }), [
    { limit: rateLimits.apiKey, key: apiKeyQuotaKey(keyId) },
  ]);
}

/** The key under which a vendor API key's requests are counted. */
export function apiKeyQuotaKey(keyId: string): string[] {
  return [`api_key:${keyId}`];
}
