// The server time of the registry for authorities with 500 vendors' services published (8 SEAL
// answers, an answer to each of the catalogue's C3A criteria, 3–6 attestations, 2–5 subprocessors
// each), on a fresh embedded database, through the whole app as an officer: the search with a
// typical combined filter and without one, and one published version. Printed with its target,
// never asserted: the machine is shared and noisy.
import { PGlite } from '@electric-sql/pglite';
import { readSeed } from '@tenderwise/seed';
import { createApp } from '../src/app.ts';
import { fixedClock } from '../src/clock.ts';
import { loadConfig } from '../src/config.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { openPglite, pgliteOptions } from '../src/db/open.ts';
import { sessionCookieName } from '../src/http/session-cookie.ts';
import { createLogger } from '../src/logger.ts';
import { closeAnalysisPool } from '../src/runtime/workers/analysis-pool.ts';
import { createSession } from '../src/security/sessions/sessions.ts';
import { loadCatalogue } from '../src/services/catalogue/load-catalogue.ts';
import { seedUser } from '../test/services/accounts/fixtures.ts';
import { seedOperator, serviceContextFor } from '../test/harness/service-context.ts';
import { seedRegistry } from './registry-fixture.ts';

const runs = Number(process.env.BENCH_RUNS ?? 20);
const serviceCount = Number(process.env.BENCH_SERVICES ?? 500);
const handle = await openPglite(await PGlite.create(pgliteOptions));
await migrateToLatest(handle.db);
const db = handle.db;
const clock = fixedClock();
const config = loadConfig({ LOG_LEVEL: 'silent' });
const app = createApp({ db, clock, config, logger: createLogger('silent'), backend: 'pglite' });

// The catalogue holds the attestation schemes' validity rules the search judges by.
const seed = await readSeed();
await loadCatalogue({ ctx: serviceContextFor(db, clock, seedOperator), input: seed });
const c3aIds = seed.catalogues.flatMap((file) =>
  file.entries.filter((entry) => entry.kind === 'c3aCriterion').map((entry) => entry.id),
);
if (c3aIds.length < 50) throw new Error(`The catalogue has ${c3aIds.length} C3A criteria`);
const setUpStarted = performance.now();
const { serviceIds, contentBytes } = await seedRegistry(db, serviceCount, c3aIds);
const setUpMs = performance.now() - setUpStarted;

const officer = await seedUser(db, 'officer');
const { token } = await createSession(db, clock, { userId: officer.id, mfaVerified: true });
const headers = { cookie: `${sessionCookieName(config)}=${token}` };

const round = (ms: number) => Math.round(ms * 10) / 10;

async function measure(name: string, path: string, targetMs: number): Promise<void> {
  const times: number[] = [];
  let bytes = 0;
  let items: number | undefined;
  for (let run = 0; run < runs + 2; run++) {
    const started = performance.now();
    const response = await app.request(path, { headers });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${text}`);
    // The first two warm the JIT and the database's caches.
    if (run >= 2) times.push(performance.now() - started);
    bytes = text.length;
    const body = JSON.parse(text) as { items?: unknown[] };
    items = body.items?.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  process.stdout.write(
    `${JSON.stringify({
      name,
      median_ms: round(median),
      p90_ms: round(times[Math.floor(times.length * 0.9)]!),
      bytes,
      ...(items !== undefined && { items }),
      runs,
      target_ms: targetMs,
      target_met: median < targetMs,
    })}\n`,
  );
}

try {
  process.stdout.write(
    `${JSON.stringify({
      name: `registry set-up: ${serviceCount} published services`,
      setup_ms: Math.round(setUpMs),
      content_bytes: contentBytes,
    })}\n`,
  );
  const filter =
    'attestation=bsi-c5:type2&validOn=2026-06-15' +
    '&keyControl=externalKeyManagement,clientSideEncryption&dataIn=eea';
  await measure(
    `GET registry search, C5 type 2 + keys with customer + EEA, ${serviceCount} services (server time)`,
    `/api/v1/registry/services?${filter}`,
    300,
  );
  await measure(
    `GET registry search, no filter, ${serviceCount} services (server time)`,
    '/api/v1/registry/services',
    300,
  );
  await measure(
    'GET registry version (server time)',
    `/api/v1/registry/services/${serviceIds[serviceIds.length - 1]}/versions/1?validOn=2026-06-15`,
    50,
  );
} finally {
  await closeAnalysisPool();
  await handle.close();
}
