import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ThresholdTable } from '@tenderwise/schema';
import { seedRoot } from './seed-root.ts';
import { SeedValidationError } from './seed-issues.ts';

/** The file of EU thresholds, relative to the seed root. */
export const thresholdFile = 'regimes/eu-thresholds.json';

/**
 * Reads and validates the table of EU thresholds (ADR 0034). Throws a {@link SeedValidationError}
 * listing every problem, as the other seed readers do.
 */
export async function readThresholds(root: string = seedRoot): Promise<ThresholdTable> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.join(root, thresholdFile), 'utf8'));
  } catch (error) {
    throw new SeedValidationError([
      { file: thresholdFile, path: '', message: `Not readable JSON: ${(error as Error).message}` },
    ]);
  }
  const parsed = ThresholdTable.safeParse(json);
  if (!parsed.success) {
    throw new SeedValidationError(
      parsed.error.issues.map((issue) => ({
        file: thresholdFile,
        path: issue.path.join('.'),
        message: issue.message,
      })),
    );
  }
  if (`${parsed.data.id}.json` !== path.basename(thresholdFile)) {
    throw new SeedValidationError([
      {
        file: thresholdFile,
        path: 'id',
        message: `The id "${parsed.data.id}" does not match the file name`,
      },
    ]);
  }
  return parsed.data;
}
