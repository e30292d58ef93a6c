import type { ApiKeyScope, Role } from '../../db/tables/accounts.ts';
import type { ValidatedSession } from '../sessions/sessions.ts';

/** Who calls: resolved from the request's credential by the HTTP layer, or built by a CLI or job. */
export type Principal = AnonymousPrincipal | UserPrincipal | ApiKeyPrincipal | OperatorPrincipal;

export interface AnonymousPrincipal {
  kind: 'anonymous';
  /**
   * Set when the request carried a credential that was not accepted (malformed, unknown, expired,
   * revoked): public operations still answer, protected ones say 401 instead of 403.
   */
  rejectedCredential?: 'session' | 'apiKey';
}

/** A person signed in with a session cookie. */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
  organisationId: string;
  role: Role;
  /** Whether this session passed the second factor. */
  mfaVerified: boolean;
  /**
   * Whether the sign-in still owes a second factor: the user set up TOTP (required by the role
   * or chosen) or the role requires one, and this session has not passed it. Such a session may
   * only do what the policy table marks `beforeMfa`. Chosen TOTP binds as much as required TOTP:
   * a vendor who set it up is not signed in by the password alone.
   */
  secondFactorPending: boolean;
  /** The session's public id (never its secret): for "end this session" and nothing else. */
  sessionId: string;
}

/** A vendor organisation's API key, sent as a bearer token. */
export interface ApiKeyPrincipal {
  kind: 'apiKey';
  keyId: string;
  organisationId: string;
  scopes: readonly ApiKeyScope[];
}

/**
 * The operator of the installation, acting through a command on the server (`npm run
 * admin:create`, `npm run seed`, the operator socket) or a scheduled job: whoever can run these
 * owns the machine and its data directory. The policy table admits it only where a row grants
 * `operator`; it is never the result of an HTTP request.
 */
export interface OperatorPrincipal {
  kind: 'operator';
  /** The command or job, as the audit log names the actor (`admin:create`, `housekeeping`). */
  name: string;
}

/**
 * The caller a validated session cookie stands for; `secondFactorPending` from the session's
 * stage (services/sessions/session-stage.ts), which knows whether the user has TOTP set up.
 */
export function principalOfSession(
  validated: ValidatedSession,
  { secondFactorPending }: { secondFactorPending: boolean },
): UserPrincipal {
  return {
    kind: 'user',
    userId: validated.user.id,
    organisationId: validated.user.organisationId,
    role: validated.user.role,
    mfaVerified: validated.session.mfa_verified,
    secondFactorPending: validated.session.mfa_verified ? false : secondFactorPending,
    sessionId: validated.session.id,
  };
}

export const anonymous: AnonymousPrincipal = Object.freeze({ kind: 'anonymous' });

/** The audit log's actor for a principal; null for anonymous callers. */
export function auditActorOf(principal: Principal): { type: string; id: string } | null {
  switch (principal.kind) {
    case 'user':
      return { type: 'user', id: principal.userId };
    case 'apiKey':
      return { type: 'api_key', id: principal.keyId };
    case 'operator':
      return { type: 'system', id: principal.name };
    case 'anonymous':
      return null;
  }
}
