import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The projects the suite runs as, and which test file belongs to which. A file's project follows
 * from what it uses, so a test lands in the right one when it is written or moved, with no list
 * to keep up to date; the first rule that matches wins:
 *
 * - `crawl`: goes over every operation of the API (the per-area policy matrix, `describeMatrix`;
 *   the fuzz test, `describeFuzz`).
 * - `process`: starts processes, a whole server or the embedded database in a data directory:
 *   `spawnNode`, `startServerProcess`, `runTool`, `startServer`, `spawn`, `execFile`, `fork`,
 *   `openEmbeddedDatabase`. Heavy on a busy machine: they get longer timeouts and run one at a time.
 * - `database`: opens a test database (`openTestDatabase`, `describeDatabase`) or PGlite directly.
 * - `unit`: everything else; pure and quick.
 */
export const testProjectNames = ['unit', 'database', 'crawl', 'process'] as const;
export type TestProjectName = (typeof testProjectNames)[number];

const rules: [TestProjectName, RegExp][] = [
  ['crawl', /\bdescribe(Matrix|Fuzz)\(/],
  [
    'process',
    /\b(spawnNode|startServerProcess|runTool|startServer|openEmbeddedDatabase)\(|\b(spawn|execFile|fork)[()]/,
  ],
  [
    'database',
    /\b(openTestDatabase|describeDatabase|openPglite|openPostgres)\(|\bPGlite\.create\(/,
  ],
];

export function projectOf(source: string): TestProjectName {
  return rules.find(([, pattern]) => pattern.test(source))?.[0] ?? 'unit';
}

/** Test files below `root` (relative to it), by project. */
export function testFilesByProject(
  root: string,
  directories: readonly string[] = ['src', 'test'],
): Record<TestProjectName, string[]> {
  const byProject: Record<TestProjectName, string[]> = {
    unit: [],
    database: [],
    crawl: [],
    process: [],
  };
  for (const directory of directories) {
    const files = readdirSync(path.join(root, directory), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => name.endsWith('.test.ts')).sort()) {
      const relative = path.join(directory, file);
      byProject[projectOf(readFileSync(path.join(root, relative), 'utf8'))].push(relative);
    }
  }
  return byProject;
}
