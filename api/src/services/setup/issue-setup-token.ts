import { deleteOpenSetupTokens, insertSetupToken } from '../../db/repositories/setup-tokens.ts';
import { lockActiveAdminIds } from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { authorize } from '../../security/access/authorize.ts';
import { generateSecret, hashSecret } from '../../security/credentials/tokens.ts';
import { auditSucceeded } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { withdrawSetupLinks } from './setup-steps.ts';

export interface IssueSetupTokenInput {
  /**
   * Keeps the token where the operator finds it (the server's owner-only file in DATA_DIR). It
   * runs before the transaction commits, under the lock that orders the starts: of processes
   * starting together on one database each replaces the token of the one before, and the file
   * then holds the token that works. It should not throw; if it does, no token is issued.
   */
  keep?: (token: string) => Promise<void>;
}

/**
 * The server's step at start (never a request): on an installation without an active
 * administrator, issues a new one-time setup token, replacing one not used yet, and returns it
 * for the operator's terminal. Only its SHA-256 is stored. On an installation with an
 * administrator it issues nothing, withdraws an open token should one be left, and returns null.
 */
export async function issueSetupToken({
  ctx,
  input = {},
}: {
  ctx: ServiceContext;
  input?: IssueSetupTokenInput;
}): Promise<{ token: string } | null> {
  await authorize(ctx, { operationId: 'issueSetupToken' });
  const token = generateSecret();
  return withTransaction<DB, { token: string } | null>(ctx.db, async (trx) => {
    // The lock `admin:create` and the setup take: no administrator can appear meanwhile.
    const administrators = await lockActiveAdminIds(trx);
    const now = await ctx.clock.now<DB>(trx);
    if (administrators.length > 0) {
      await withdrawSetupLinks(trx, ctx, now);
      return null;
    }
    const replaced = await deleteOpenSetupTokens(trx);
    const issued = await insertSetupToken(trx, { tokenHash: hashSecret(token), createdAt: now });
    await auditSucceeded(trx, ctx, {
      action: 'auth.setup_token.issued',
      object: { type: 'setup_token', id: issued.id },
      after: { id: issued.id, createdAt: now.toISOString(), replaced },
    });
    await input.keep?.(token);
    return { token };
  });
}
