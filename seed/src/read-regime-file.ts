import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { SeedValidationError } from './seed-issues.ts';

/**
 * Reads and validates one data file of `seed/regimes/`: readable JSON, valid against its schema,
 * its id equal to its file name. Throws a {@link SeedValidationError} listing every problem.
 */
export async function readRegimeFile<Schema extends z.ZodType<{ id: string }>>(
  root: string,
  file: string,
  schema: Schema,
): Promise<z.output<Schema>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.join(root, file), 'utf8'));
  } catch (error) {
    throw new SeedValidationError([
      { file, path: '', message: `Not readable JSON: ${(error as Error).message}` },
    ]);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new SeedValidationError(
      parsed.error.issues.map((issue) => ({
        file,
        path: issue.path.join('.'),
        message: issue.message,
      })),
    );
  }
  if (`${parsed.data.id}.json` !== path.basename(file)) {
    throw new SeedValidationError([
      { file, path: 'id', message: `The id "${parsed.data.id}" does not match the file name` },
    ]);
  }
  return parsed.data;
}
