import { ThresholdTable } from '@tenderwise/schema';
import { readRegimeFile } from './read-regime-file.ts';
import { seedRoot } from './seed-root.ts';

/** The file of EU thresholds, relative to the seed root. */
export const thresholdFile = 'regimes/eu-thresholds.json';

/**
 * Reads and validates the table of EU thresholds (ADR 0034). Throws a
 * {@link import('./seed-issues.ts').SeedValidationError} listing every problem, as the other
 * seed readers do.
 */
export function readThresholds(root: string = seedRoot): Promise<ThresholdTable> {
  return readRegimeFile(root, thresholdFile, ThresholdTable);
}
