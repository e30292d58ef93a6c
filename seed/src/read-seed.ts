import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CatalogueFile, EvaluationTemplate, RuleFile, SeedBundle } from '@tenderwise/schema';
import type { z } from 'zod';
import { seedRoot, type SeedFolder } from './seed-root.ts';
import { SeedValidationError, type SeedIssue } from './seed-issues.ts';

const schemaOf = {
  catalogue: CatalogueFile,
  templates: EvaluationTemplate,
  rules: RuleFile,
} as const satisfies Record<SeedFolder, z.ZodType>;

/**
 * Reads and validates every data file under the seed root: each against its schema, then the
 * references between them. Files are read in name order, so the bundle is the same on every
 * machine. Throws a {@link SeedValidationError} listing every problem.
 */
export async function readSeed(root: string = seedRoot): Promise<SeedBundle> {
  const issues: SeedIssue[] = [];
  const catalogues = await readFolder(root, 'catalogue', issues);
  const templates = await readFolder(root, 'templates', issues);
  const rules = await readFolder(root, 'rules', issues);
  if (issues.length > 0) throw new SeedValidationError(issues);
  // Across files: unique ids, and references from templates and rules to existing entries.
  const parsed = SeedBundle.safeParse({ catalogues, templates, rules });
  if (!parsed.success) {
    const folders = { catalogues: 'catalogue', templates: 'templates', rules: 'rules' } as const;
    const files = { catalogues, templates, rules };
    throw new SeedValidationError(
      parsed.error.issues.map((issue) => {
        const [list, index, ...rest] = issue.path as [
          keyof typeof folders,
          number,
          ...PropertyKey[],
        ];
        return {
          file: `${folders[list]}/${files[list][index]?.id ?? index}.json`,
          path: rest.join('.'),
          message: issue.message,
        };
      }),
    );
  }
  return parsed.data;
}

async function readFolder<F extends SeedFolder>(
  root: string,
  folder: F,
  issues: SeedIssue[],
): Promise<z.output<(typeof schemaOf)[F]>[]> {
  const names = (await readdir(path.join(root, folder)))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const files: z.output<(typeof schemaOf)[F]>[] = [];
  for (const name of names) {
    const file = `${folder}/${name}`;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(root, file), 'utf8'));
    } catch (error) {
      issues.push({ file, path: '', message: `Not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = schemaOf[folder].safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ file, path: issue.path.join('.'), message: issue.message });
      }
      continue;
    }
    const data = parsed.data as z.output<(typeof schemaOf)[F]>;
    // The file name is the id, so a reference to an id finds its file.
    if (`${data.id}.json` !== name) {
      issues.push({
        file,
        path: 'id',
        message: `The id "${data.id}" does not match the file name`,
      });
      continue;
    }
    files.push(data);
  }
  return files;
}
