import { PasswordPolicyError } from '../../services/sessions/password-policy-error.ts';
import { ValidationError } from '../../domain/errors.ts';

/**
 * Runs a verb and, when it refuses a password by the policy, answers the reason codes
 * (`too-short`, `common`, …; see `passwordProblemCodes`) as `errors[].detail`, for the UI's
 * message catalogue rather than English prose.
 */
export async function withPasswordProblemCodes<T>(
  pointer: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof PasswordPolicyError)) throw error;
    throw new ValidationError(
      error.message,
      error.problems.map((problem) => ({ in: 'body', pointer, detail: problem.code })),
    );
  }
}
