// API benchmarks: each endpoint's throughput and latency under autocannon, beside a bare Hono
// "hello" route measured in the same run, so the ratio says what our layers cost on this machine
// whatever else it is doing. Figures are printed, never asserted: the machine is shared and noisy.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const servers = spawn(process.execPath, [new URL('./servers.ts', import.meta.url).pathname], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [line] = (await once(createInterface({ input: servers.stdout! }), 'line')) as [string];
const urls = JSON.parse(line) as { api: string; hello: string };

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(name: string, url: string): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

try {
  const hello = await measure('bare Hono GET /hello', `${urls.hello}/hello`);
  const rows = [
    hello,
    await measure('GET /api/health', `${urls.api}/api/health`),
    await measure('GET /api/openapi.json', `${urls.api}/api/openapi.json`),
  ];
  process.stdout.write(
    `API benchmark: ${connections} connections, ${seconds} s per route, Node ${process.version}\n`,
  );
  for (const row of rows) {
    const ratio = (row.requestsPerSecond / hello.requestsPerSecond).toFixed(2);
    process.stdout.write(
      `${row.name.padEnd(26)} ${String(row.requestsPerSecond).padStart(7)} req/s` +
        `  p50 ${String(row.p50).padStart(3)} ms  p99 ${String(row.p99).padStart(3)} ms` +
        `  ${ratio} × hello  errors ${row.errors}\n`,
    );
  }
} finally {
  servers.kill('SIGTERM');
}
