import { ConflictError } from '../../domain/errors.ts';

/**
 * The refusal of a change based on a version that is no longer current: somebody else changed
 * the record since the caller read it. The caller reloads and applies the change again; nothing
 * is overwritten silently.
 */
export function staleVersion(what: string, sent: number | null, current: number): ConflictError {
  return new ConflictError(
    `The ${what} was changed by someone else: you started from ` +
      `${sent === null ? 'none' : `version ${sent}`}, it is at version ${current} now. ` +
      'Reload it and apply your change again.',
  );
}
