// Whether the API stays responsive while a simulation runs: starts the API (bench/servers.ts) as
// a child, posts one large simulation (about 5 s of work on a reference machine) and meanwhile
// polls /api/health every 50 ms. Prints one JSON line; figures are printed, never asserted.
// Without the worker pool the simulation would block the event loop and max_ms would approach
// the simulation's own duration.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const text = { de: 'x', en: 'x' };
const criteria = 18;
// 1,900 runs × 50 bids × (18 criteria + price + 1) = 1,900,000 ≤ 2,000,000, the largest allowed.
const request = {
  scheme: {
    schemaVersion: 1,
    id: 'bench',
    title: text,
    currency: 'EUR',
    submissionDeadline: '2027-01-01',
    method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
    price: { kind: 'totalPrice' },
    award: [
      ...Array.from({ length: criteria }, (_, i) => ({
        kind: 'ordinal',
        id: `c${i}`,
        parentId: null,
        title: text,
        weightBp: 300,
        subject: 'service',
        scale: 10,
        anchors: Array.from({ length: 11 }, () => text),
      })),
      {
        kind: 'price',
        id: 'price',
        parentId: null,
        title: text,
        weightBp: 10_000 - 300 * criteria,
      },
    ],
  },
  bids: { count: 50, price: { kind: 'triangular', min: 90_000, mode: 110_000, max: 150_000 } },
  runs: 1_900,
  seed: 1,
};

const servers = spawn(process.execPath, [new URL('./servers.ts', import.meta.url).pathname], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  const [line] = (await once(createInterface({ input: servers.stdout! }), 'line')) as [string];
  const { api } = JSON.parse(line) as { api: string };
  // One warm-up health request, so the first poll does not time the first route compilation.
  await (await fetch(`${api}/api/health`)).arrayBuffer();

  const started = performance.now();
  let simulating = true;
  const simulation = fetch(`${api}/api/v1/analysis/simulate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  }).then(async (response) => {
    await response.arrayBuffer();
    simulating = false;
    return response.status;
  });

  const times: number[] = [];
  while (simulating) {
    const sent = performance.now();
    await (await fetch(`${api}/api/health`)).arrayBuffer();
    times.push(performance.now() - sent);
    await sleep(Math.max(0, 50 - (performance.now() - sent)));
  }
  const status = await simulation;
  const simulationMs = performance.now() - started;
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  process.stdout.write(
    `${JSON.stringify({
      name: 'health-during-simulation',
      median_ms: round(times[Math.floor(times.length / 2)] ?? 0),
      max_ms: round(times[times.length - 1] ?? 0),
      target_ms: 100,
      polls: times.length,
      simulation_ms: Math.round(simulationMs),
      simulation_status: status,
    })}\n`,
  );
} finally {
  servers.kill('SIGTERM');
}
