import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DemoBundle, type DemoPartName } from '@tenderwise/schema';
import { seedRoot } from './seed-root.ts';
import { SeedValidationError, type SeedIssue } from './seed-issues.ts';

/**
 * The file of each demo part, relative to the seed root. A feature that adds demo objects adds
 * its file here, its member to `DemoBundle` and its part to the loader.
 */
export const demoFiles: Readonly<Record<DemoPartName, string>> = Object.freeze({
  accounts: 'demo/accounts.json',
  optionsReviews: 'demo/options-reviews.json',
  registry: 'demo/registry.json',
  tenders: 'demo/tenders.json',
  conversations: 'demo/conversations.json',
  bids: 'demo/bids.json',
  evaluation: 'demo/evaluation.json',
});

/**
 * Reads and validates the demo data under the seed root: fictional organisations, people and
 * (with later features) their work. Throws a {@link SeedValidationError} listing every problem.
 */
export async function readDemo(root: string = seedRoot): Promise<DemoBundle> {
  const issues: SeedIssue[] = [];
  const raw: Record<string, unknown> = {};
  for (const [part, file] of Object.entries(demoFiles)) {
    try {
      raw[part] = JSON.parse(await readFile(path.join(root, file), 'utf8'));
    } catch (error) {
      issues.push({ file, path: '', message: `Not readable JSON: ${(error as Error).message}` });
    }
  }
  if (issues.length > 0) throw new SeedValidationError(issues);
  const parsed = DemoBundle.safeParse(raw);
  if (!parsed.success) {
    throw new SeedValidationError(
      parsed.error.issues.map((issue) => {
        const [part, ...rest] = issue.path;
        return {
          file: demoFiles[part as DemoPartName] ?? 'demo/',
          path: rest.join('.'),
          message: issue.message,
        };
      }),
    );
  }
  return parsed.data;
}
