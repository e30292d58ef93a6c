import type { Transaction } from 'kysely';
import { findOrganisationByIdForUpdate } from '../../db/repositories/organisations.ts';
import {
  expireOpenInvitations,
  findInvitationByTokenHash,
  findUserByEmail,
  findUserByIdForUpdate,
  insertInvitation,
  insertUser,
  lockActiveAdminIds,
  markInvitationUsed,
  markUserDisabled,
  setPasswordHash,
  updateUserRole,
  type User,
} from '../../db/repositories/users.ts';
import { roles, type OrganisationKind, type Role } from '../../db/tables/accounts.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldIssue,
} from '../../domain/errors.ts';
import { revokeKeysCreatedBy } from '../api-keys/revoke-api-key.ts';
import { auditRefused, auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { authorize } from '../../security/access/authorize.ts';
import { invalidateAllSessionsOfUser } from '../../security/sessions/sessions.ts';
import { generateSecret, hashSecret } from '../../security/credentials/tokens.ts';

export type { User };

/** Vendors work in vendor organisations; everybody else in an authority. */
export function roleFitsOrganisation(role: Role, kind: OrganisationKind): boolean {
  return (role === 'vendor') === (kind === 'vendor');
}

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
  await authorize(ctx, { operationId: 'createUser', onRefused: () => auditRefused(ctx, attempt) });
  const email = input.email.trim();
  const displayName = input.displayName.trim();
  const issues: FieldIssue[] = [];
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) {
    issues.push({ in: 'body', pointer: '/email', detail: 'Enter an e-mail address.' });
  }
  if (displayName.length < 1 || displayName.length > 200) {
    issues.push({ in: 'body', pointer: '/displayName', detail: 'Use 1 to 200 characters.' });
  }
  if (!roles.includes(input.role)) {
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

export interface AcceptInvitationInput {
  token: string;
  /** The Argon2id hash of the password the invitee chose (auth/credentials hashes it). */
  passwordHash: string;
}

/**
 * Sets the invitee's first password. An invitation works once and only until it expires; the
 * password arrives hashed, so no plaintext password passes through here.
 */
export async function acceptInvitation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AcceptInvitationInput;
}): Promise<User> {
  if (!input.passwordHash.startsWith('$argon2id$')) {
    throw new ValidationError('The password must be given as an Argon2id hash.');
  }
  // Known once the token matched one: a refusal then names the invitation (never the token).
  let invitationId: string | null = null;
  const attempt = () => ({
    action: 'auth.invitation.accepted' as const,
    object: invitationId === null ? null : { type: 'invitation' as const, id: invitationId },
  });
  const work = () =>
    withTransaction<DB, User>(ctx.db, async (trx) => {
      if (!/^[a-z2-7]{32}$/.test(input.token)) throw invalidInvitation();
      const now = await ctx.clock.now<DB>(trx);
      const invitation = await findInvitationByTokenHash(trx, hashSecret(input.token));
      if (invitation === undefined) throw invalidInvitation();
      invitationId = invitation.id;
      if (invitation.used_at !== null) {
        throw new ConflictError('This invitation has been used already. Please log in.');
      }
      if (now >= invitation.expires_at) {
        throw new ConflictError(
          'This invitation has expired. Ask your administrator for a new one.',
        );
      }
      const user = await findUserByIdForUpdate(trx, invitation.user_id);
      if (user === undefined || user.disabled_at !== null) throw invalidInvitation();
      // Conditional: of two acceptances racing with the same token, one wins.
      if (!(await markInvitationUsed(trx, invitation.id, now))) {
        throw new ConflictError('This invitation has been used already. Please log in.');
      }
      const updated = (await setPasswordHash(trx, user.id, input.passwordHash, now))!;
      await auditSucceeded(trx, ctx, {
        action: 'auth.invitation.accepted',
        actor: { type: 'user', id: user.id },
        object: { type: 'invitation', id: invitation.id },
        before: userState(user),
        after: userState(updated),
      });
      return updated;
    });
  return recordingRefusals(ctx, attempt, work);
}

export interface ChangeRoleInput {
  userId: string;
  role: Role;
}

export interface AccountChange {
  user: User;
  /** Sessions ended by the change. */
  endedSessions: number;
}

/**
 * Changes a user's role and ends all their sessions: a change of privilege needs a new login
 * (ASVS 7.2.4). The last active administrator keeps the role.
 */
export async function changeRole({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ChangeRoleInput;
}): Promise<AccountChange> {
  const attempt = {
    action: 'auth.role.changed',
    object: { type: 'user', id: input.userId },
  } as const;
  await authorize(ctx, {
    operationId: 'changeUserRole',
    onRefused: () => auditRefused(ctx, attempt),
  });
  if (!roles.includes(input.role)) {
    throw new ValidationError('The role cannot be changed.', [
      { in: 'body', pointer: '/role', detail: `Use one of ${roles.join(', ')}.` },
    ]);
  }
  const work = () =>
    withTransaction<DB, AccountChange>(ctx.db, async (trx) => {
      const activeAdmins = await lockActiveAdminIds(trx);
      const user = await findUserByIdForUpdate(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      if (!roleFitsOrganisation(input.role, user.organisation_kind)) {
        throw roleMismatch(user.organisation_kind);
      }
      if (user.role === input.role) return { user, endedSessions: 0 };
      if (isLastAdmin(user, activeAdmins)) {
        throw new ConflictError('The last active administrator cannot lose the role.');
      }
      const updated = (await updateUserRole(trx, user.id, input.role))!;
      const endedSessions = await invalidateAllSessionsOfUser(trx, user.id);
      await auditSucceeded(trx, ctx, {
        ...attempt,
        before: userState(user),
        after: userState(updated),
      });
      if (endedSessions > 0) {
        await auditSucceeded(trx, ctx, { action: 'auth.sessions.ended', object: attempt.object });
      }
      return { user: updated, endedSessions };
    });
  return recordingRefusals(ctx, attempt, work);
}

/**
 * Disables a user: ends their sessions and open invitations at once (ASVS 7.4.2) and revokes the
 * API keys they created (a vendor's integration must not outlive their access; the organisation
 * creates new keys with another user). Nobody disables their own account (another administrator
 * must), and the last active administrator cannot be disabled. Disabling twice changes nothing.
 */
export async function disableUser({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { userId: string };
}): Promise<AccountChange> {
  const attempt = {
    action: 'auth.user.disabled',
    object: { type: 'user', id: input.userId },
  } as const;
  await authorize(ctx, { operationId: 'disableUser', onRefused: () => auditRefused(ctx, attempt) });
  const work = () =>
    withTransaction<DB, AccountChange>(ctx.db, async (trx) => {
      const now = await ctx.clock.now<DB>(trx);
      const activeAdmins = await lockActiveAdminIds(trx);
      const user = await findUserByIdForUpdate(trx, input.userId);
      if (user === undefined) throw new NotFoundError('The user does not exist.');
      if (ctx.principal.kind === 'user' && ctx.principal.userId === user.id) {
        throw new ConflictError(
          'You cannot disable your own account. Ask another administrator to do it.',
        );
      }
      if (isLastAdmin(user, activeAdmins)) {
        throw new ConflictError('The last active administrator cannot be disabled.');
      }
      const updated = (await markUserDisabled(trx, user.id, now))!;
      await expireOpenInvitations(trx, user.id, now);
      const endedSessions = await invalidateAllSessionsOfUser(trx, user.id);
      if (user.disabled_at === null) {
        await auditSucceeded(trx, ctx, {
          ...attempt,
          before: userState(user),
          after: userState(updated),
        });
      }
      await revokeKeysCreatedBy(trx, ctx, { userId: user.id, now });
      if (endedSessions > 0) {
        await auditSucceeded(trx, ctx, { action: 'auth.sessions.ended', object: attempt.object });
      }
      return { user: updated, endedSessions };
    });
  return recordingRefusals(ctx, attempt, work);
}

function isLastAdmin(user: User, activeAdmins: readonly string[]): boolean {
  return activeAdmins.length === 1 && activeAdmins[0] === user.id;
}

function roleMismatch(kind: OrganisationKind): ValidationError {
  return new ValidationError('The role does not fit the organisation.', [
    {
      in: 'body',
      pointer: '/role',
      detail:
        kind === 'vendor'
          ? 'Users of a vendor organisation have the role vendor.'
          : 'Users of an authority are admin, officer or reviewer.',
    },
  ]);
}

/**
 * Stores an invitation for the token (its SHA-256 only), valid for the context's lifetime, and
 * records it; returns when it expires. Runs in the caller's transaction.
 */
export async function storeInvitation(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  input: { userId: string; token: string; now: Date },
): Promise<Date> {
  const invitation = await insertInvitation(trx, {
    userId: input.userId,
    tokenHash: hashSecret(input.token),
    createdAt: input.now,
    expiresAt: new Date(input.now.getTime() + ctx.settings.invitationLifetimeMs),
  });
  await auditSucceeded(trx, ctx, {
    action: 'auth.invitation.issued',
    object: { type: 'invitation', id: invitation.id },
    after: { userId: input.userId, expiresAt: invitation.expires_at.toISOString() },
  });
  return invitation.expires_at;
}

function invalidInvitation(): NotFoundError {
  return new NotFoundError('This invitation link is not valid.');
}
