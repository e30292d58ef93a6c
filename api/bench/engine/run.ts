// Engine benchmarks: every file in ./cases exports `cases: BenchCase[]`. Each case is set up once,
// warmed up, then timed; one JSON object per line with at least `name` and `median_ms`. Figures
// are printed, never asserted: the machine is shared and noisy. `cpu_median_ms` is the process's
// own CPU time per run, which other load on the machine disturbs less than the wall clock.
import { readdir } from 'node:fs/promises';
import type { BenchCase } from './case.ts';

const only = process.env.BENCH_ONLY;
const folder = new URL('./cases/', import.meta.url);
const files = (await readdir(folder).catch(() => [] as string[]))
  .filter((file) => file.endsWith('.ts'))
  .sort();

for (const file of files) {
  const { cases } = (await import(new URL(file, folder).href)) as { cases: BenchCase[] };
  for (const benchCase of cases) {
    if (only && !benchCase.name.startsWith(only)) continue;
    const input = benchCase.setup();
    const iterations = benchCase.iterations ?? 30;
    for (let i = 0; i < Math.min(5, iterations); i++) benchCase.run(input);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      benchCase.run(input);
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 1000) / 1000;
    process.stdout.write(
      `${JSON.stringify({
        name: benchCase.name,
        median_ms: round(times[Math.floor(times.length / 2)]!),
        p90_ms: round(times[Math.floor(times.length * 0.9)]!),
        cpu_median_ms: round(cpu[Math.floor(cpu.length / 2)]!),
        target_ms: benchCase.targetMs,
        iterations,
      })}\n`,
    );
  }
}
