import { type PasswordProblem } from '../../security/credentials/index.ts';
import { ValidationError } from '../../domain/errors.ts';

/** A new password the policy refuses; `problems` carries the codes the UI turns into messages. */
export class PasswordPolicyError extends ValidationError {
  override name = 'PasswordPolicyError';
  readonly problems: readonly PasswordProblem[];

  constructor(problems: readonly PasswordProblem[]) {
    super(
      'The new password cannot be used.',
      problems.map((problem) => ({
        in: 'body',
        pointer: '/newPassword',
        detail: describePasswordProblem(problem),
      })),
    );
    this.problems = problems;
  }
}

export function describePasswordProblem(problem: PasswordProblem): string {
  switch (problem.code) {
    case 'too-short':
      return `Use at least ${problem.minimum} characters; ${problem.recommended} or more are better.`;
    case 'too-long':
      return `Use at most ${problem.maximum} characters.`;
    case 'common':
      return 'This password is among the most common ones; choose another.';
    case 'contains-personal-data':
      return `The password must not contain your ${problem.field === 'email' ? 'e-mail address' : 'name'}.`;
    case 'contains-context-word':
      return 'The password must not contain the name of this system or of your organisation.';
  }
}
