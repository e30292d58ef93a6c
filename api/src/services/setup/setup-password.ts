import { checkPassword } from '../../security/credentials/index.ts';
import { PasswordPolicyError } from '../sessions/password-policy-error.ts';

/**
 * Refuses the first administrator's password by the whole policy, their name, e-mail address and
 * authority included (ADR 0007), as for an invitation. Everything it compares with is in the
 * request itself, so it reveals nothing and may run before the rate limit and Argon2.
 */
export function checkSetupPassword(input: {
  password: string;
  email: string;
  displayName: string;
  organisationName: string;
}): void {
  const check = checkPassword(input.password, {
    email: input.email.trim(),
    name: input.displayName.trim(),
    words: [input.organisationName.trim()],
  });
  if (!check.ok) throw new PasswordPolicyError(check.problems);
}
