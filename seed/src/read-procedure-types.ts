import { ProcedureTypeTable } from '@tenderwise/schema';
import { readRegimeFile } from './read-regime-file.ts';
import { seedRoot } from './seed-root.ts';

/** The file of procedure types and their stages, relative to the seed root. */
export const procedureTypeFile = 'regimes/procedure-types.json';

/**
 * Reads and validates the procedure types of every regime with their stages (ADR 0037). Throws a
 * {@link import('./seed-issues.ts').SeedValidationError} listing every problem.
 */
export function readProcedureTypes(root: string = seedRoot): Promise<ProcedureTypeTable> {
  return readRegimeFile(root, procedureTypeFile, ProcedureTypeTable);
}
