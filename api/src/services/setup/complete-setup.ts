import {
  findActiveAuthorityByName,
  insertOrganisation,
  type Organisation,
} from '../../db/repositories/organisations.ts';
import { findSetupTokenByHash, markSetupTokenUsed } from '../../db/repositories/setup-tokens.ts';
import {
  findUserByEmail,
  insertUser,
  lockActiveAdminIds,
  setPasswordHash,
  type User,
} from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldIssue,
} from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import { hashSecret } from '../../security/credentials/tokens.ts';
import { createSession, type CreatedSession } from '../../security/sessions/sessions.ts';
import { auditSucceeded, recordingRefusals, userState } from '../account-audit.ts';
import type { ServiceContext } from '../context.ts';
import { pendingSessionLifetimes } from '../sessions/full-session.ts';
import { isSetupTokenShaped } from './setup-steps.ts';

export interface CompleteSetupInput {
  token: string;
  /** The administrators' authority; an active authority of this name is reused, as by admin:create. */
  organisationName: string;
  displayName: string;
  email: string;
  /** The Argon2id hash of the password (security/credentials hashes it after the policy check). */
  passwordHash: string;
  userAgent?: string | null;
  ipAddress?: string | null;
}

export interface CompletedSetup {
  user: User;
  organisation: Organisation;
  /**
   * The new administrator's session, at the stage where TOTP is set up next: administrators
   * must have a second factor, and the enrolment flow continues from here as after a first login.
   */
  session: CreatedSession;
}

const usedMessage = 'This installation has an administrator already. Please log in.';

/**
 * Creates the installation's first administrator, with a password, and their authority, using
 * up the setup link in the same transaction (ADR 0022). It takes the lock `admin:create` takes, so
 * of two submissions at the same moment, or a submission and `admin:create`, exactly one makes
 * an administrator; the other is refused (409). Signs the administrator in at the TOTP enrolment
 * stage. Public: the token, which only the operator has seen, is the credential.
 */
export async function completeSetup({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CompleteSetupInput;
}): Promise<CompletedSetup> {
  await authorize(ctx, { operationId: 'completeSetup' });
  if (!input.passwordHash.startsWith('$argon2id$')) {
    throw new ValidationError('The password must be given as an Argon2id hash.');
  }
  const organisationName = input.organisationName.trim();
  const displayName = input.displayName.trim();
  const email = input.email.trim();
  const issues: FieldIssue[] = [];
  if (organisationName.length < 1 || organisationName.length > 200) {
    issues.push({ in: 'body', pointer: '/organisationName', detail: 'Use 1 to 200 characters.' });
  }
  if (displayName.length < 1 || displayName.length > 200) {
    issues.push({ in: 'body', pointer: '/displayName', detail: 'Use 1 to 200 characters.' });
  }
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) {
    issues.push({ in: 'body', pointer: '/email', detail: 'Enter an e-mail address.' });
  }
  if (issues.length > 0) throw new ValidationError('The setup cannot be completed.', issues);

  // Known once the token matched one: a refusal then names the link (never the token).
  let tokenId: string | null = null;
  const attempt = () => ({
    action: 'auth.setup.completed' as const,
    object: tokenId === null ? null : { type: 'setup_token' as const, id: tokenId },
  });
  const work = () =>
    withTransaction<DB, CompletedSetup>(ctx.db, async (trx) => {
      if (!isSetupTokenShaped(input.token)) throw invalidLink();
      const administrators = await lockActiveAdminIds(trx);
      const setupToken = await findSetupTokenByHash(trx, hashSecret(input.token));
      if (setupToken === undefined) throw invalidLink();
      tokenId = setupToken.id;
      if (setupToken.used_at !== null || administrators.length > 0) {
        throw new ConflictError(usedMessage);
      }
      if ((await findUserByEmail(trx, email)) !== undefined) {
        throw new ValidationError('The setup cannot be completed.', [
          { in: 'body', pointer: '/email', detail: 'A user with this e-mail address exists.' },
        ]);
      }
      const now = await ctx.clock.now<DB>(trx);
      const found = await findActiveAuthorityByName(trx, organisationName);
      const organisation =
        found ??
        (await insertOrganisation(trx, {
          kind: 'authority',
          name: organisationName,
          createdAt: now,
        }));
      const created = await insertUser(trx, {
        organisationId: organisation.id,
        organisationKind: organisation.kind,
        email,
        displayName,
        role: 'admin',
        createdAt: now,
      });
      const user = (await setPasswordHash(trx, created.id, input.passwordHash, now))!;
      // The lock makes this certain already; the condition keeps it so without one.
      if (!(await markSetupTokenUsed(trx, setupToken.id, { at: now, administratorId: user.id }))) {
        throw new ConflictError(usedMessage);
      }
      const session = await createSession(
        trx,
        ctx.clock,
        {
          userId: user.id,
          mfaVerified: false,
          userAgent: input.userAgent ?? null,
          ipAddress: input.ipAddress ?? null,
        },
        pendingSessionLifetimes.enrolment,
      );
      // The request is anonymous; what it did, the new administrator did.
      const actor = { type: 'user', id: user.id };
      if (found === undefined) {
        await auditSucceeded(trx, ctx, {
          action: 'auth.organisation.created',
          actor,
          object: { type: 'organisation', id: organisation.id },
          after: { id: organisation.id, kind: organisation.kind, name: organisation.name },
        });
      }
      await auditSucceeded(trx, ctx, {
        action: 'auth.user.created',
        actor,
        object: { type: 'user', id: user.id },
        after: userState(user),
      });
      await auditSucceeded(trx, ctx, {
        action: 'auth.setup.completed',
        actor,
        object: { type: 'setup_token', id: setupToken.id },
        after: { administratorId: user.id, organisationId: organisation.id },
      });
      return { user, organisation, session };
    });
  return recordingRefusals(ctx, attempt, work);
}

function invalidLink(): NotFoundError {
  return new NotFoundError('This setup link is not valid.');
}
