// The server time of an options review's results page: GET /api/v1/options-reviews/{id}/results
// for 50 options on 40 scored criteria, on a fresh embedded database, through the whole app
// (session, policy, reads, the computation on the worker pool, the JSON answer). Printed, never
// asserted: the machine is shared and noisy.
import { PGlite } from '@electric-sql/pglite';
import { createApp } from '../src/app.ts';
import { fixedClock } from '../src/clock.ts';
import { loadConfig } from '../src/config.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { openPglite, pgliteOptions } from '../src/db/open.ts';
import { insertOption } from '../src/db/repositories/options-review-options.ts';
import { upsertConsensus } from '../src/db/repositories/options-review-scores.ts';
import { canonicalJson } from '../src/engine/canonical/canonical-json.ts';
import { sessionCookieName } from '../src/http/session-cookie.ts';
import { createLogger } from '../src/logger.ts';
import { closeAnalysisPool } from '../src/runtime/workers/analysis-pool.ts';
import { createSession } from '../src/security/sessions/sessions.ts';
import { seedUser } from '../test/services/accounts/fixtures.ts';
import { largeReview } from './options-review-fixture.ts';

const runs = Number(process.env.BENCH_RUNS ?? 10);
const handle = await openPglite(await PGlite.create(pgliteOptions));
await migrateToLatest(handle.db);
const db = handle.db;
const clock = fixedClock();
const config = loadConfig({ LOG_LEVEL: 'silent' });
const app = createApp({ db, clock, config, logger: createLogger('silent'), backend: 'pglite' });

const lead = await seedUser(db, 'officer');
const { token } = await createSession(db, clock, { userId: lead.id, mfaVerified: true });
const headers = { cookie: `${sessionCookieName(config)}=${token}` };
const at = await clock.now();
const { scheme, options, consensus } = largeReview(50);
async function post(path: string, body: unknown): Promise<{ id: string }> {
  const response = await app.request(path, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`${path}: ${await response.text()}`);
  return (await response.json()) as { id: string };
}
const review = await post('/api/v1/options-reviews', {
  title: 'Benchmark',
  purpose: 'Results of 50 options on 40 criteria',
  referenceDate: scheme.submissionDeadline,
});
await post(`/api/v1/options-reviews/${review.id}/scheme-versions`, {
  basedOnVersion: null,
  source: { kind: 'edited', scheme },
});
const ids = new Map<string, string>();
for (const option of options) {
  const row = await insertOption(db, {
    reviewId: review.id,
    name: option.name,
    vendorName: null,
    serviceName: null,
    offer: canonicalJson(option.offer),
    checkedAgainstSchemeVersion: 1,
    by: lead.id,
    at,
  });
  ids.set(option.id, row.id);
}
for (const item of consensus) {
  await upsertConsensus(
    db,
    { reviewId: review.id, schemeVersion: 1 },
    { ...item, optionId: ids.get(item.optionId)!, by: lead.id, at },
  );
}

const path = `/api/v1/options-reviews/${review.id}/results`;
const times: number[] = [];
let bytes = 0;
try {
  for (let run = 0; run < runs + 2; run++) {
    const started = performance.now();
    const response = await app.request(path, { headers });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${response.status}: ${text}`);
    // The first two warm the worker pool and the JIT.
    if (run >= 2) times.push(performance.now() - started);
    bytes = text.length;
  }
} finally {
  await closeAnalysisPool();
  await handle.close();
}
times.sort((a, b) => a - b);
const round = (ms: number) => Math.round(ms * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    name: 'GET options-review results 50x40 (server time)',
    median_ms: round(times[Math.floor(times.length / 2)]!),
    p90_ms: round(times[Math.floor(times.length * 0.9)]!),
    bytes,
    runs,
  })}\n`,
);
