import { readSeed } from '@tenderwise/seed';
import type { SeedBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { loadCatalogue } from '../../../src/services/catalogue/load-catalogue.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import {
  ForbiddenError,
  UnauthenticatedError,
  ValidationError,
} from '../../../src/domain/errors.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedOperator, testServiceContext } from '../../harness/service-context.ts';
import { dumpCatalogue } from './catalogue-dump.ts';

describeDatabase('loading the catalogue', (backend) => {
  let database: TestDatabase;
  let bundle: SeedBundle;
  let ctx: ServiceContext;
  let clock: FixedClock;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    bundle = await readSeed();
    clock = fixedClock('2026-11-28T10:00:00.000Z');
    ctx = testServiceContext(database.db, { clock, principal: seedOperator });
  });
  afterAll(() => database.close());

  it('refuses every caller but the operator before reading the bundle, recording who tried', async () => {
    const administrator = testServiceContext(database.db, {
      clock,
      principal: {
        kind: 'user',
        userId: '0190f3a4-5b6c-7d8e-9f00-112233445566',
        organisationId: '0190f3a4-5b6c-7d8e-9f00-665544332211',
        role: 'admin',
        mfaVerified: true,
        secondFactorPending: false,
        sessionId: 'session-of-the-administrator',
      },
    });
    const vendorKey = testServiceContext(database.db, {
      clock,
      principal: {
        kind: 'apiKey',
        keyId: 'key-of-a-vendor',
        organisationId: '0190f3a4-5b6c-7d8e-9f00-665544332212',
        scopes: ['tenders:read'],
      },
    });
    const before = await dumpCatalogue(database.db);

    await expect(loadCatalogue({ ctx: administrator, input: bundle })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(loadCatalogue({ ctx: vendorKey, input: bundle })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // Refused before validation: even a bundle that would not validate is not looked at.
    await expect(
      loadCatalogue({ ctx: testServiceContext(database.db, { clock }), input: { broken: true } }),
    ).rejects.toBeInstanceOf(UnauthenticatedError);

    // Nothing loaded; the two signed-in attempts are in the audit log, the anonymous one is not.
    expect(await dumpCatalogue(database.db)).toEqual({
      ...before,
      auditEntries: before.auditEntries + 2,
    });
    const refused = await database.db
      .selectFrom('audit_entry')
      .select(['actor_type', 'actor_id', 'object_type', 'object_id', 'outcome'])
      .where('action', '=', 'access.operation.refused')
      .orderBy('seq')
      .execute();
    expect(refused).toEqual([
      {
        actor_type: 'user',
        actor_id: '0190f3a4-5b6c-7d8e-9f00-112233445566',
        object_type: 'operation',
        object_id: 'loadCatalogue',
        outcome: 'refused',
      },
      {
        actor_type: 'api_key',
        actor_id: 'key-of-a-vendor',
        object_type: 'operation',
        object_id: 'loadCatalogue',
        outcome: 'refused',
      },
    ]);
  });

  it('loads every file, and a second load leaves every table exactly as it was', async () => {
    const first = await loadCatalogue({ ctx, input: bundle });
    const entryCount = bundle.catalogues.reduce((sum, file) => sum + file.entries.length, 0);
    expect(first).toMatchObject({
      changed: true,
      entries: { inserted: entryCount, updated: 0, deleted: 0, unchanged: 0 },
      templates: { inserted: bundle.templates.length },
      rules: { inserted: bundle.rules.reduce((sum, file) => sum + file.rules.length, 0) },
    });
    const afterFirst = await dumpCatalogue(database.db);
    expect(afterFirst.entries).toHaveLength(entryCount);

    clock.advance(60_000);
    const second = await loadCatalogue({ ctx, input: await readSeed() });
    expect(second.changed).toBe(false);
    expect(second.entries).toEqual({ inserted: 0, updated: 0, deleted: 0, unchanged: entryCount });
    expect(second.digest).toBe(first.digest);
    expect(await dumpCatalogue(database.db)).toEqual(afterFirst);
  });

  it('writes one audit entry for a load that changes something, none otherwise', async () => {
    const audit = async () =>
      database.db
        .selectFrom('audit_entry')
        .select(['action', 'actor_type', 'actor_id', 'before_hash', 'after_hash'])
        .where('action', '=', 'catalogue.seed.loaded')
        .orderBy('seq')
        .execute();
    const initial = await audit();
    expect(initial).toHaveLength(1);

    const changed = structuredClone(bundle);
    changed.catalogues[0]!.entries[0]!.title.en += ' (revised)';
    const removedTemplate = changed.templates.pop()!;
    const summary = await loadCatalogue({ ctx, input: changed });
    expect(summary).toMatchObject({
      changed: true,
      entries: { updated: 1, inserted: 0, deleted: 0 },
      templates: { deleted: 1 },
    });
    const entries = await audit();
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({
      actor_type: 'system',
      actor_id: 'seed',
      before_hash: initial[0]!.after_hash,
    });
    expect(entries[1]!.after_hash).toBe(summary.digest);
    expect(
      await database.db
        .selectFrom('evaluation_template')
        .select('id')
        .where('id', '=', removedTemplate.id)
        .execute(),
    ).toEqual([]);

    // Back to the files: everything restored, one more entry, and the chain still verifies.
    const restored = await loadCatalogue({ ctx, input: bundle });
    expect(restored.digest).toBe(initial[0]!.after_hash);
    expect(await audit()).toHaveLength(3);
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true });
  });

  it('refuses a template the engine rejects, naming it, and changes nothing', async () => {
    const before = await dumpCatalogue(database.db);
    const broken = structuredClone(bundle);
    const template = broken.templates[0]!;
    template.scheme.award[0]!.weightBp += 1;
    const attempt = loadCatalogue({ ctx, input: broken });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      issues: [
        expect.objectContaining({
          pointer: '/templates/0/scheme/award/0/weightBp',
          detail: expect.stringContaining(template.id),
        }),
      ],
    });
    expect(await dumpCatalogue(database.db)).toEqual(before);
  });

  it('refuses a rule that names a catalogue entry that does not exist', async () => {
    const broken = structuredClone(bundle) as unknown as {
      rules: { rules: { criteria?: { entryId: string }[] }[] }[];
    };
    broken.rules.find((file) => file.rules[0]?.criteria)!.rules[0]!.criteria![0]!.entryId =
      'csf.no-such-entry';
    await expect(loadCatalogue({ ctx, input: broken })).rejects.toMatchObject({
      issues: [expect.objectContaining({ detail: 'No catalogue entry "csf.no-such-entry"' })],
    });
  });
});
