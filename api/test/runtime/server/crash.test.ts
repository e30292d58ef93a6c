import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout } from '../../../src/db/embedded/layout.ts';
import { migratedDataDir } from '../../fixtures/data-dir.ts';
import {
  entries,
  seededRandom,
  startServerProcess,
  terminate,
  type ServerProcess,
} from '../../fixtures/processes.ts';

const crashes = 5;
const writers = 4;

/**
 * Writes until the server goes away; returns the ids it acknowledged with 201, each also passed
 * to `acknowledged` as it comes.
 */
async function writeUntilGone(
  url: string,
  prefix: string,
  acknowledged: (id: string) => void,
): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; ; n++) {
    const id = `${prefix}-${n}`;
    try {
      const response = await fetch(`${url}/api/test-writes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id }),
      });
      if (response.status !== 201) throw new Error(`write answered ${response.status}`);
      ids.push(id);
      acknowledged(id);
    } catch (error) {
      if ((error as Error).message.startsWith('write answered')) throw error;
      return ids;
    }
  }
}

describe('[pglite] embedded server killed with SIGKILL', () => {
  let dataDir: string;
  let remove: () => Promise<void>;
  let server: ServerProcess;
  const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
  const random = seededRandom(seed);

  beforeAll(async () => {
    process.stdout.write(`crash test seed: ${seed} (replay with CRASH_SEED=${seed})\n`);
    ({ dir: dataDir, remove } = await migratedDataDir());
    server = await startServerProcess(entries.serverWithWrites, { DATA_DIR: dataDir });
  });
  afterAll(() => remove());

  it(`loses no acknowledged write over ${crashes} crashes during writes, and restarts every time`, async () => {
    const acknowledged: string[] = [];
    let restarts = 0;
    for (let crash = 0; crash < crashes; crash++) {
      // Kill at a random moment once the writers are under way: after a random number of
      // acknowledged writes (more than there are writers), however fast the machine is today.
      const killAfter = writers + 1 + Math.floor(random() * 40);
      let acknowledgedNow = 0;
      let underWay!: () => void;
      const enoughWritten = new Promise<void>((resolve) => (underWay = resolve));
      const writing = Array.from({ length: writers }, (_, w) =>
        writeUntilGone(server.url, `crash${crash}-writer${w}`, () => {
          if (++acknowledgedNow === killAfter) underWay();
        }),
      );
      await Promise.race([
        enoughWritten,
        Promise.all(writing).then(() => {
          throw new Error(`The server went away before the kill: ${server.stderr()}`);
        }),
      ]);
      server.child.kill('SIGKILL');
      await server.exited;
      acknowledged.push(...(await Promise.all(writing)).flat());

      // The killed server's lock is still there: the next start must take it over.
      const stale = JSON.parse(await readFile(path.join(dataDir, layout.lock), 'utf8'));
      expect(stale.pid).toBe(server.pid);

      server = await startServerProcess(entries.serverWithWrites, { DATA_DIR: dataDir });
      restarts += 1;
      const stored = new Set(
        (await (await fetch(`${server.url}/api/test-writes`)).json()) as string[],
      );
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost, `seed ${seed}, crash ${crash}`).toEqual([]);
    }
    expect(restarts).toBe(crashes);
    expect(acknowledged.length).toBeGreaterThan(crashes * writers);
    process.stdout.write(
      `crash test: ${acknowledged.length} acknowledged writes over ${crashes} crashes, none lost; ` +
        `${restarts} of ${crashes} restarts succeeded\n`,
    );
    expect((await terminate(server)).code).toBe(0);
  });
});
