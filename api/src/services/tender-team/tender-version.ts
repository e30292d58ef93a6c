import { ConflictError } from '../../domain/errors.ts';

/**
 * The refusal of a change made on a version of the tender that is no longer current: somebody
 * changed the tender or its parts since the caller read it. Nothing is overwritten silently.
 */
export function staleTender(sent: number, current: number): ConflictError {
  return new ConflictError(
    `The tender was changed by someone else: you started from version ${sent}, it is at ` +
      `version ${current} now. Reload it and apply your change again.`,
  );
}
