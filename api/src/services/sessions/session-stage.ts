import type { Kysely, Transaction } from 'kysely';
import { findTotpSecret } from '../../db/repositories/users.ts';
import type { Role } from '../../db/tables/accounts.ts';
import type { DB } from '../../db/types.ts';
import type { ValidatedSession } from '../../security/sessions/sessions.ts';
import { roleRequiresTotp } from '../../domain/accounts/second-factor.ts';

export { roleRequiresTotp };

/**
 * What a session may do, from its `mfa_verified` flag, the user's role and whether TOTP is set up:
 *
 * - `full`: anything the role allows. Either the second factor was passed in this login, or the
 *   user has no second factor and the role needs none (reviewer, vendor).
 * - `totp`: only complete the login (`completeTotp`, `useRecoveryCode`) or log out. The user has
 *   TOTP set up (required by the role or chosen) and has not yet passed it.
 * - `enrolment`: only set up TOTP (`startTotpEnrolment`, `confirmTotpEnrolment`) or log out. The
 *   role needs TOTP and the user has none yet.
 *
 * The policy table enforces this for every operation: the HTTP layer calls {@link sessionStage}
 * after `validateSessionToken` and marks the principal `secondFactorPending` unless the stage is
 * `full`; `authorize` then answers 401 for every operation not marked `beforeMfa`. The verbs of
 * this module tell the two pending stages apart themselves, so none of them can be reached from
 * the wrong stage by mistake. A pending session is short-lived (`pendingSessionLifetimes`) and
 * replaced by a new one with a new id when the step completes.
 */
export type SessionStage = 'full' | 'totp' | 'enrolment';

export function sessionStageOf(facts: {
  mfaVerified: boolean;
  role: Role;
  totpEnrolled: boolean;
}): SessionStage {
  if (facts.mfaVerified) return 'full';
  if (facts.totpEnrolled) return 'totp';
  return roleRequiresTotp(facts.role) ? 'enrolment' : 'full';
}

/** The stage of a validated session; reads the user's TOTP state only when it matters. */
export async function sessionStage(
  db: Kysely<DB> | Transaction<DB>,
  validated: ValidatedSession,
): Promise<SessionStage> {
  if (validated.session.mfa_verified) return 'full';
  const totpEnrolled = (await findTotpSecret(db, validated.user.id)) !== null;
  return sessionStageOf({ mfaVerified: false, role: validated.user.role, totpEnrolled });
}
