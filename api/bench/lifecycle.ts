// Server life-cycle benchmark: start-up on a new and an existing data directory, how fast a second
// server on the same directory gives up, and how long a SIGTERM takes. The targets (first start
// under 3 min, later starts under 10 s, refusal under 2 s, shutdown under 10 s) are checked here,
// by reading the printed figures, not in the tests: the machine is shared and noisy.
import {
  childEnv,
  entries,
  scratchDir,
  spawnNode,
  startServerProcess,
  terminate,
} from '../test/fixtures/processes.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const figures = {
  fresh: [] as number[],
  existing: [] as number[],
  refusal: [] as number[],
  shutdown: [] as number[],
};

for (let round = 0; round < rounds; round++) {
  const { dir, remove } = await scratchDir();
  try {
    let server = await startServerProcess(entries.serve, { DATA_DIR: dir }, 180_000);
    figures.fresh.push(server.startupMs);

    const started = performance.now();
    const second = spawnNode(entries.serve, [], childEnv({ DATA_DIR: dir, PORT: '0' }));
    const { code } = await second.exited;
    if (code !== 1) throw new Error(`The second server exited with ${code}: ${second.stderr()}`);
    figures.refusal.push(Math.round(performance.now() - started));

    figures.shutdown.push(Math.round((await terminate(server)).ms));
    server = await startServerProcess(entries.serve, { DATA_DIR: dir });
    figures.existing.push(server.startupMs);
    await terminate(server);
  } finally {
    await remove();
  }
}

const line = (name: string, values: number[], target: number) =>
  `${name.padEnd(42)} median ${String(median(values)).padStart(6)} ms  (${values.join(', ')})  target < ${target} ms\n`;
process.stdout.write(
  `Server life cycle, embedded database, ${rounds} rounds, Node ${process.version}\n`,
);
process.stdout.write(line('start-up, new data directory', figures.fresh, 180_000));
process.stdout.write(line('start-up, existing data directory', figures.existing, 10_000));
process.stdout.write(line('second server on the same directory exits', figures.refusal, 2_000));
process.stdout.write(line('SIGTERM to exit', figures.shutdown, 10_000));
