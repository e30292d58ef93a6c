import type { SetupTokenStatus } from '@tenderwise/schema';
import { findSetupTokenByHash } from '../../db/repositories/setup-tokens.ts';
import { hasActiveAdministrator } from '../../db/repositories/users.ts';
import { authorize } from '../../security/access/authorize.ts';
import { hashSecret } from '../../security/credentials/tokens.ts';
import type { ServiceContext } from '../context.ts';
import { isSetupTokenShaped } from './setup-steps.ts';

export type { SetupTokenStatus };

/**
 * Tells the setup page, before anybody types a password, whether its link still works: `valid`,
 * `used` (the installation has an administrator, made with this link or another way) or
 * `unknown` (no such link, or one a later start replaced). Only a link the server issued learns
 * whether an administrator exists. Reads only; the caller limits how often.
 */
export async function checkSetupToken({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, 'db' | 'clock' | 'principal' | 'requestId'>;
  input: { token: string };
}): Promise<SetupTokenStatus> {
  await authorize(ctx, { operationId: 'checkSetupToken' });
  if (!isSetupTokenShaped(input.token)) return 'unknown';
  const found = await findSetupTokenByHash(ctx.db, hashSecret(input.token));
  if (found === undefined) return 'unknown';
  if (found.used_at !== null || (await hasActiveAdministrator(ctx.db))) return 'used';
  return 'valid';
}
