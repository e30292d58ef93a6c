import {
  findOrganisationById,
  findOrganisationByIdForUpdate,
} from '../../db/repositories/organisations.ts';
import { findUserByEmail, insertUser, type User } from '../../db/repositories/users.ts';
import { roles, type Role } from '../../db/tables/accounts.ts';
import { isRole, roleFitsOrganisation } from '../../domain/accounts/roles.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldIssue,
} from '../../domain/errors.ts';
import { auditRefused, auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import { organisationObject } from '../access-objects.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { generateSecret } from '../../security/credentials/tokens.ts';
import { roleMismatch, storeInvitation } from './user-steps.ts';

export interface CreateUserInput {
  organisationId: string;
  email: string;
  displayName: string;
  role: Role;
}

export interface CreatedUser {
  user: User;
  invitation: {
    /** The one-time token for the invitation link: shown to the administrator once. */
    token: string;
    expiresAt: Date;
  };
}

/**
 * Creates a user without a password, and an invitation to set one. Only the invitation token's
 * SHA-256 is stored; the token is returned once, for the administrator to hand over.
 */
export async function createUser({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateUserInput;
}): Promise<CreatedUser> {
  const attempt = {
    action: 'auth.user.created',
    object: { type: 'organisation', id: input.organisationId },
  } as const;
  const target = await findOrganisationById(ctx.db, input.organisationId);
  await authorize(ctx, {
    operationId: 'createUser',
    ...(target !== undefined && { object: organisationObject(target) }),
    onRefused: () => auditRefused(ctx, attempt),
  });
  const email = input.email.trim();
  const displayName = input.displayName.trim();
  const issues: FieldIssue[] = [];
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) {
    issues.push({ in: 'body', pointer: '/email', detail: 'Enter an e-mail address.' });
  }
  if (displayName.length < 1 || displayName.length > 200) {
    issues.push({ in: 'body', pointer: '/displayName', detail: 'Use 1 to 200 characters.' });
  }
  if (!isRole(input.role)) {
    issues.push({ in: 'body', pointer: '/role', detail: `Use one of ${roles.join(', ')}.` });
  }
  if (issues.length > 0) throw new ValidationError('The user cannot be created.', issues);

  const token = generateSecret();
  const work = () =>
    withTransaction<DB, CreatedUser>(ctx.db, async (trx) => {
      const now = await ctx.clock.now<DB>(trx);
      const organisation = await findOrganisationByIdForUpdate(trx, input.organisationId);
      if (organisation === undefined) throw new NotFoundError('The organisation does not exist.');
      if (organisation.disabled_at !== null) {
        throw new ConflictError('The organisation is disabled.');
      }
      if (!roleFitsOrganisation(input.role, organisation.kind)) {
        throw roleMismatch(organisation.kind);
      }
      if ((await findUserByEmail(trx, email)) !== undefined) {
        throw new ConflictError('A user with this e-mail address exists already.');
      }
      const user = await insertUser(trx, {
        organisationId: organisation.id,
        organisationKind: organisation.kind,
        email,
        displayName,
        role: input.role,
        createdAt: now,
      });
      await auditSucceeded(trx, ctx, {
        action: 'auth.user.created',
        object: { type: 'user', id: user.id },
        after: userState(user),
      });
      const expiresAt = await storeInvitation(trx, ctx, { userId: user.id, token, now });
      return { user, invitation: { token, expiresAt } };
    });
  return recordingRefusals(ctx, attempt, work);
}
