/** One thing wrong with the seed data, named by file and JSON path so it can be fixed. */
export interface SeedIssue {
  /** Relative to the seed root, e.g. `catalogue/c3a.json`. */
  file: string;
  /** Dotted path within the file; empty for the file itself. */
  path: string;
  message: string;
}

/** The seed data does not validate; `issues` lists every problem, not just the first. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  readonly issues: readonly SeedIssue[];

  constructor(issues: readonly SeedIssue[]) {
    const shown = issues.slice(0, 20).map(formatSeedIssue);
    const more = issues.length > shown.length ? [`… and ${issues.length - shown.length} more`] : [];
    super([`The seed data has ${issues.length} problem(s):`, ...shown, ...more].join('\n  '));
    this.issues = issues;
  }
}

export function formatSeedIssue(issue: SeedIssue): string {
  return `${issue.file}${issue.path ? ` at ${issue.path}` : ''}: ${issue.message}`;
}
