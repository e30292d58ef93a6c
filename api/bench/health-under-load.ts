// Whether the API stays responsive under the heaviest analyses a client may send (ADR 0006,
// ADR 0021). Starts the API (bench/servers.ts) as a child and polls /api/health every 20 ms while:
//   1. nothing else runs (the baseline);
//   2. one client sends the largest evaluation the body limit admits (about 300 criteria × 80
//      bids, just under 1 MiB) over and over, as fast as its rate limit lets it (waiting out each
//      429's Retry-After);
//   3. four clients do the same at once (each at its own limit);
//   4. one client runs two simulations at the documented work limit (19 and 299 scored leaves
//      with 50 bids, 299 with 10) while another client sends
//      a small sensitivity analysis: how long the small one waits, and how long the large ones
//      take against their time limit.
// Clients are told apart by X-Forwarded-For (the bench server trusts 127.0.0.1 as a proxy).
// Prints one JSON line per scenario; figures are printed, never asserted (the machine is shared).
// BENCH_LOAD_SECONDS sets how long scenarios 2 and 3 run (default 40).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { sensitivityExample } from '@tenderwise/schema';

const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 40);
const maxBodyBytes = 1024 * 1024;
const text = { de: 'x', en: 'x' };

function scoredScheme(criteria: number, priceWeight: number) {
  const weight = Math.floor((10_000 - priceWeight) / criteria);
  return {
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
        weightBp: weight,
        subject: 'service',
        scale: 10,
        anchors: Array.from({ length: 11 }, () => text),
      })),
      {
        kind: 'price',
        id: 'price',
        parentId: null,
        title: text,
        weightBp: 10_000 - weight * criteria,
      },
    ],
  };
}

/** The largest evaluation body under the limit: 299 criteria and price, as many bids as fit. */
function largestEvaluation(): { body: string; bids: number; criteria: number } {
  const criteria = 299;
  const scheme = scoredScheme(criteria, 1_000);
  const bodyOf = (count: number) =>
    JSON.stringify({
      scheme,
      bids: Array.from({ length: count }, (_, b) => ({
        id: `bid-${b}`,
        assessments: Object.fromEntries(
          Array.from({ length: criteria }, (_, i) => [
            `c${i}`,
            // Every ordinal score carries its justification (BGH X ZB 3/17), or it is refused.
            { kind: 'ordinal', score: (b * 7 + i * 3) % 11, justification: { de: 'B', en: 'B' } },
          ]),
        ),
        price: { kind: 'totalPrice', amount: 100_000 + b * 137 },
      })),
    });
  let bids = 1;
  while (Buffer.byteLength(bodyOf(bids + 1)) <= maxBodyBytes) bids++;
  return { body: bodyOf(bids), bids, criteria };
}

/**
 * A simulation at the documented work limit, runs × (bids × (bids + 3 × leaves) + leaves² / 4)
 * ≤ 4,000,000, with as many runs as it allows.
 */
function simulationAtLimit(criteria: number, bids: number) {
  const leaves = criteria + 1;
  const perRun = bids * (bids + 3 * leaves) + Math.ceil((leaves * leaves) / 4);
  const runs = Math.min(2_000, Math.floor(4_000_000 / perRun));
  return {
    runs,
    criteria,
    bids,
    body: JSON.stringify({
      scheme: scoredScheme(criteria, 4_000),
      bids: {
        count: bids,
        price: { kind: 'triangular', min: 90_000, mode: 110_000, max: 150_000 },
      },
      runs,
      seed: 1,
    }),
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0);
  return {
    p50_ms: at(0.5),
    p99_ms: at(0.99),
    max_ms: round(sorted.at(-1) ?? 0),
    polls: sorted.length,
  };
}

// Node's fetch keeps connections alive and may reuse one just as the server closes it after its
// keep-alive timeout; such a request is sent again once (counted in `resent`). A request that
// fails otherwise (or again) counts under its error code instead of a status, and a health poll
// as taking as long as it waited, rather than ending the bench.
let resent = 0;
async function send(
  url: string,
  init?: RequestInit,
  again = true,
): Promise<{ status: number | string; retryAfter: number }> {
  try {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    return {
      status: response.status,
      retryAfter: Number(response.headers.get('retry-after') ?? 1),
    };
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code ?? 'failed';
    if (again && (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET')) {
      resent++;
      return send(url, init, false);
    }
    return { status: code, retryAfter: 1 };
  }
}

/** Prints a scenario's figures with the requests sent again since the last one. */
function print(figures: object) {
  process.stdout.write(`${JSON.stringify({ ...figures, resent })}\n`);
  resent = 0;
}

async function pollHealth(api: string, running: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (running()) {
    const sent = performance.now();
    await send(`${api}/api/health`);
    times.push(performance.now() - sent);
    await sleep(Math.max(0, 20 - (performance.now() - sent)));
  }
  return times;
}

function post(api: string, path: string, body: string, client: string) {
  return send(`${api}/api/v1/analysis/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body,
  });
}

/** Sends `body` again and again until `stopAt`, waiting out every 429's Retry-After. */
async function atItsLimit(api: string, body: string, client: string, stopAt: number) {
  const statuses: Record<string, number> = {};
  const answeredMs: number[] = [];
  while (performance.now() < stopAt) {
    const sent = performance.now();
    const response = await post(api, 'evaluate', body, client);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (response.status === 200) answeredMs.push(performance.now() - sent);
    if (response.status === 429 || response.status === 503) {
      const wait = response.retryAfter * 1_000;
      await sleep(Math.min(wait, Math.max(0, stopAt - performance.now())));
    }
  }
  return { statuses, answeredMs };
}

async function evaluationsScenario(api: string, clients: number, body: string) {
  const stopAt = performance.now() + loadSeconds * 1_000;
  const polling = pollHealth(api, () => performance.now() < stopAt);
  const senders = await Promise.all(
    Array.from({ length: clients }, (_, k) => atItsLimit(api, body, `198.18.0.${10 + k}`, stopAt)),
  );
  const statuses: Record<string, number> = {};
  for (const sender of senders)
    for (const [status, count] of Object.entries(sender.statuses))
      statuses[status] = (statuses[status] ?? 0) + count;
  const answered = senders.flatMap((sender) => sender.answeredMs);
  if (!statuses['200']) {
    // Refused bodies cost the server nothing: the figures would measure an idle engine.
    throw new Error(`No evaluation was answered with 200: ${JSON.stringify(statuses)}`);
  }
  return {
    health: percentiles(await polling),
    statuses,
    evaluation_ms: answered.length === 0 ? null : percentiles(answered).p50_ms,
  };
}

const servers = spawn(process.execPath, [new URL('./servers.ts', import.meta.url).pathname], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, BENCH_TRUSTED_PROXIES: '127.0.0.1' },
});
try {
  const [line] = (await once(createInterface({ input: servers.stdout! }), 'line')) as [string];
  const { api } = JSON.parse(line) as { api: string };
  await (await fetch(`${api}/api/health`)).arrayBuffer();

  const idleUntil = performance.now() + 5_000;
  print({
    name: 'health-idle',
    ...percentiles(await pollHealth(api, () => performance.now() < idleUntil)),
  });

  const largest = largestEvaluation();
  const evaluation = {
    bids: largest.bids,
    criteria: largest.criteria,
    body_bytes: largest.body.length,
  };
  for (const clients of [1, 4]) {
    print({
      name: `health-during-largest-evaluations-${clients}-client${clients === 1 ? '' : 's'}-at-limit`,
      target_p99_ms: 100,
      seconds: loadSeconds,
      ...evaluation,
      ...(await evaluationsScenario(api, clients, largest.body)),
    });
  }

  for (const [criteria, bids] of [
    [18, 50],
    [298, 50],
    [298, 10],
  ] as const) {
    const simulation = simulationAtLimit(criteria, bids);
    let busy = true;
    const started = performance.now();
    const polling = pollHealth(api, () => busy);
    const heavy = [1, 2].map(async () => {
      const response = await post(api, 'simulate', simulation.body, '198.18.1.1');
      return { status: response.status, ms: round(performance.now() - started) };
    });
    // Another client's small analysis, sent while both simulations are under way.
    await sleep(500);
    const sent = performance.now();
    const small = await post(
      api,
      'sensitivity',
      JSON.stringify(sensitivityExample.request),
      '198.18.1.2',
    );
    const smallMs = round(performance.now() - sent);
    const results = await Promise.all(heavy);
    busy = false;
    print({
      name: 'simulations-at-work-limit-and-another-client',
      criteria: simulation.criteria + 1,
      bids: simulation.bids,
      runs: simulation.runs,
      simulations: results,
      time_limit_ms: 15_000,
      other_client_sensitivity: { status: small.status, ms: smallMs },
      health: percentiles(await polling),
    });
  }
} finally {
  servers.kill('SIGTERM');
}
