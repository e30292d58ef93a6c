import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readDemo, readSeed } from '@tenderwise/seed';
import type { DemoBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { defaultServiceSettings, type ServiceContext } from '../../../src/services/context.ts';
import { loadDemoData } from '../../../src/services/demo/load-demo-data.ts';
import { getOfficialResult } from '../../../src/services/evaluation-results/get-official-result.ts';
import { verifyOfficialResult } from '../../../src/services/evaluation-results/verify-official-result.ts';
import { getTenderEvaluation } from '../../../src/services/evaluation-stages/read-evaluation.ts';
import { createAdministrator } from '../../../src/services/users/create-administrator.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import {
  operatorPrincipal,
  serviceContextFor,
  userPrincipal,
} from '../../harness/service-context.ts';

/**
 * The demo's evaluated tender, played out by the verbs: loaded with the accounts alone (the other
 * parts have their own tests), then read as its lead reads it.
 */
describeDatabase('the demo’s evaluated tender', (backend) => {
  let database: TestDatabase;
  let dataDir: string;
  let lead: ServiceContext;
  let tenderId: string;
  const clock = fixedClock('2026-12-03T09:00:00.000Z');
  const contextOf = (principal?: Parameters<typeof serviceContextFor>[2]) =>
    serviceContextFor(database.db, clock, principal, {
      settings: { ...defaultServiceSettings, installation: { loopbackOnly: true, dataDir } },
      passwordHashing: testPasswordHashing,
    });

  beforeAll(async () => {
    const [catalogue, whole] = await Promise.all([readSeed(), readDemo()]);
    database = await openTestDatabase(backend);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-evaluation-'));
    const demo: DemoBundle = {
      ...whole,
      registry: { vendors: [] },
      optionsReviews: { reviews: [] },
      tenders: { tenders: [] },
      conversations: { conversations: [] },
      bids: { vaultTenders: [], importedTenders: [] },
    };
    const admin = await createAdministrator({
      ctx: contextOf(operatorPrincipal('admin:create')),
      input: { email: 'admin@kreis.example', displayName: 'Ada Admin', organisationName: 'Kreis' },
    });
    await loadDemoData({
      ctx: contextOf(userPrincipal(admin.user)),
      input: { sources: { catalogue, demo } },
    });
    const user = await database.db
      .selectFrom('app_user')
      .selectAll()
      .where('email', '=', 'erika.mustermann@musterland.example')
      .executeTakeFirstOrThrow();
    lead = contextOf(userPrincipal(user));
    const tender = await database.db
      .selectFrom('tender')
      .select(['id', 'state'])
      .where('reference', '=', whole.evaluation.evaluatedTenders[0]!.tender.reference)
      .executeTakeFirstOrThrow();
    expect(tender.state).toBe('evaluated');
    tenderId = tender.id;
  });
  afterAll(async () => {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('holds an exclusion with its basis, a request answered on the platform and a price clarification', async () => {
    const evaluation = await getTenderEvaluation({ ctx: lead, input: { tenderId } });
    const bids = evaluation.lots[0]!.bids;
    const excluded = bids.filter((bid) => bid.excludedIn !== null);
    expect(excluded).toHaveLength(1);
    expect(excluded[0]!.stages.formal).toMatchObject({
      state: 'excluded',
      basis: '§ 57 Abs. 1 Nr. 1 VgV',
    });
    expect(bids.filter((bid) => bid.excludedIn === null).map((bid) => bid.stages)).toEqual(
      Array(3).fill(
        expect.objectContaining({
          formal: expect.objectContaining({ state: 'passed' }),
          suitability: expect.objectContaining({ state: 'passed' }),
          priceCheck: expect.objectContaining({ state: 'passed' }),
          award: expect.objectContaining({ state: 'passed' }),
        }),
      ),
    );
    const requests = await database.db
      .selectFrom('bid_document_request')
      .select(['answer_channel', 'decision'])
      .where('tender_id', '=', tenderId)
      .execute();
    expect(requests).toEqual([{ answer_channel: 'platform', decision: 'accepted' }]);
    const clarifications = await database.db
      .selectFrom('bid_clarification')
      .select(['stage', 'flags', 'decided_at'])
      .where('tender_id', '=', tenderId)
      .execute();
    expect(clarifications).toHaveLength(1);
    expect(clarifications[0]!.stage).toBe('priceCheck');
    // The engine's abnormally-low flag opened it (§ 60 (1) VgV).
    expect(clarifications[0]!.flags).toContain('abnormallyLow');
    expect(clarifications[0]!.decided_at).not.toBeNull();
  });

  it('has a consensus where the lead resolved a divergence, and an official result that recomputes to the byte', async () => {
    const resolved = await database.db
      .selectFrom('tender_consensus')
      .select('resolution')
      .where('tender_id', '=', tenderId)
      .where('resolution', 'is not', null)
      .execute();
    expect(resolved).toHaveLength(1);
    const result = await getOfficialResult({ ctx: lead, input: { tenderId, lotNumber: 1 } });
    expect(result.current).toBe(true);
    const verification = await verifyOfficialResult({
      ctx: lead,
      input: { tenderId, lotNumber: 1 },
    });
    expect(verification).toMatchObject({ sameBytes: true, inputUnchanged: true });
  });
});
