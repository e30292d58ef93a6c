import type { OwnAccountResponse } from '@tenderwise/schema';
import { findApiKeyById } from '../../db/repositories/api-keys.ts';
import { apiKeyScopes, type ApiKeyScope } from '../../db/tables/accounts.ts';
import { findOrganisationById } from '../../db/repositories/organisations.ts';
import { findTotpSecret, findUserById } from '../../db/repositories/users.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { requireFullSession } from './full-session.ts';

/**
 * Who calls. A signed-in user: name, role, organisation and whether TOTP is set up. A vendor's
 * API key: its name, organisation, scopes and expiry, so a client can check what its key may do
 * (never the secret).
 */
export async function getOwnAccount({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { sessionToken: string };
}): Promise<OwnAccountResponse> {
  await authorize(ctx, { operationId: 'getOwnAccount' });
  if (ctx.principal.kind === 'apiKey') {
    const key = await findApiKeyById(ctx.db, ctx.principal.keyId);
    const organisation = key && (await findOrganisationById(ctx.db, key.organisation_id));
    if (key === undefined || organisation === undefined) {
      throw new NotFoundError('The API key does not exist.');
    }
    return {
      kind: 'apiKey',
      id: key.id,
      name: key.name,
      organisation: { id: organisation.id, kind: organisation.kind, name: organisation.name },
      scopes: key.scopes.filter((scope): scope is ApiKeyScope =>
        (apiKeyScopes as readonly string[]).includes(scope),
      ),
      expiresAt: key.expires_at.toISOString(),
    };
  }
  const current = await requireFullSession(ctx, input.sessionToken);
  const user = await findUserById(ctx.db, current.user.id);
  const organisation = user && (await findOrganisationById(ctx.db, user.organisation_id));
  if (user === undefined || organisation === undefined) {
    throw new NotFoundError('The account does not exist.');
  }
  return {
    kind: 'user',
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    organisation: { id: organisation.id, kind: organisation.kind, name: organisation.name },
    totpEnrolled: (await findTotpSecret(ctx.db, user.id)) !== null,
  };
}
