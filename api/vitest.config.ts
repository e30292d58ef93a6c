import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { testFilesByProject } from './test/harness/test-projects.ts';

const files = testFilesByProject(fileURLToPath(new URL('.', import.meta.url)));

/**
 * Four projects (see test/harness/test-projects.ts for which file goes where), run as one pool:
 * `vitest run` runs them all, `vitest run --project unit` one of them. The global setup migrates
 * the database templates once per run, and not at all when only unit tests run.
 *
 * In-process tests share their worker's modules across files (`isolate: false`): loading the
 * application's modules once per worker instead of once per file halves their CPU time. So no
 * test may rely on a fresh module: no module mocking (inject what is to be observed, as
 * test/harness/passwords.ts does for Argon2), no state left in a module for the next file.
 * Process tests keep one module graph per file: they publish globals and catch signals.
 *
 * Two workers, one per core of the machine the suite is sized for. Process tests start children
 * that need the cores themselves: they run as a group of their own, after the others, so they
 * never compete with in-process tests for CPU, and with longer timeouts, since a busy machine
 * slows their children down (they wait for readiness signals, never for fixed times).
 */
export default defineConfig({
  test: {
    globalSetup: ['test/harness/global-setup.ts'],
    reporters: ['default', './test/harness/backend-reporter.ts'],
    env: { NODE_ENV: 'test' },
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: files.unit, isolate: false },
      },
      {
        extends: true,
        test: { name: 'database', include: files.database, isolate: false },
      },
      {
        extends: true,
        test: { name: 'crawl', include: files.crawl, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'process',
          include: files.process,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
