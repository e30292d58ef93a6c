import net from 'node:net';
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { migratedDataDir } from '../../fixtures/data-dir.ts';
import {
  childEnv,
  entries,
  scratchDir,
  spawnNode,
  stackTraceLine,
  type ScratchDir,
} from '../../fixtures/processes.ts';

async function serve(env: Record<string, string>) {
  const spawned = spawnNode(entries.serve, [], childEnv(env));
  const { code } = await spawned.exited;
  return { code, stderr: spawned.stderr() };
}

describe('server start-up errors', () => {
  // Each test has a data directory of its own.
  const scratches: ScratchDir[] = [];
  const fresh = async (migrated = false) => {
    const scratch = migrated ? await migratedDataDir() : await scratchDir();
    scratches.push(scratch);
    return scratch.dir;
  };
  afterEach(async () => {
    await Promise.all(scratches.splice(0).map((scratch) => scratch.remove()));
  });

  it('exits 1 naming PORT when PORT is not a number, without a stack trace', async () => {
    const dataDir = await fresh();
    const { code, stderr } = await serve({ DATA_DIR: dataDir, PORT: 'abc' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT/);
    expect(stderr).not.toMatch(stackTraceLine);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('exits 1 without revealing the password when PostgreSQL cannot be reached', async () => {
    const { code, stderr } = await serve({
      DATA_DIR: await fresh(),
      DATABASE_URL: 'postgres://tenderwise:s3cret@127.0.0.1:1/tenderwise',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/tenderwise/);
    expect(stderr).not.toContain('s3cret');
    expect(stderr).not.toMatch(stackTraceLine);
  });

  it('[pglite] exits 1 when the port is taken, releasing the data directory', async () => {
    // Opening an existing database, not creating one: the refusal to listen is under test.
    const dataDir = await fresh(true);
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const { code, stderr } = await serve({ DATA_DIR: dataDir, PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toContain(`127.0.0.1:${port} is already in use`);
      expect(stderr).not.toMatch(stackTraceLine);
      expect(await readdir(dataDir)).toEqual(['pgdata']);
    } finally {
      blocker.close();
    }
  });
});
