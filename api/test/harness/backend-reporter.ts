import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints how many database tests ran on each backend, and fails the run when PostgreSQL was
 * required (TENDERWISE_REQUIRE_POSTGRES=1, as in CI) but none of its tests passed.
 */
export default class BackendReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const passed = { pglite: 0, postgres: 0 };
    const failed = { pglite: 0, postgres: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const backend = test.fullName.includes('[postgres]')
          ? 'postgres'
          : test.fullName.includes('[pglite]')
            ? 'pglite'
            : undefined;
        if (!backend) continue;
        const state = test.result().state;
        if (state === 'passed') passed[backend] += 1;
        if (state === 'failed') failed[backend] += 1;
      }
    }
    process.stdout.write(
      `database tests: pglite ${passed.pglite} passed, ${failed.pglite} failed; ` +
        `postgres ${passed.postgres} passed, ${failed.postgres} failed\n`,
    );
    if (process.env.TENDERWISE_REQUIRE_POSTGRES === '1' && passed.postgres === 0) {
      process.stdout.write('database tests: PostgreSQL was required but no PostgreSQL test ran\n');
      process.exitCode = 1;
    }
  }
}
