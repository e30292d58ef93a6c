import { createHash } from 'node:crypto';
import { EvaluationScheme, evaluateExample } from '@tenderwise/schema';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../../src/domain/errors.ts';
import { schemeCommitment } from '../../../src/engine/canonical/commitment.ts';
import { approveTenderPublication } from '../../../src/services/tender-schemes/approve-tender-publication.ts';
import { cancelTender } from '../../../src/services/tender-schemes/cancel-tender.ts';
import { correctTender } from '../../../src/services/tender-schemes/correct-tender.ts';
import { getTenderLotScheme } from '../../../src/services/tender-schemes/get-tender-lot-scheme.ts';
import { getTenderSchemeVersion } from '../../../src/services/tender-schemes/get-tender-scheme-version.ts';
import { listTenderSchemeVersions } from '../../../src/services/tender-schemes/list-tender-scheme-versions.ts';
import { tenderReadiness } from '../../../src/services/tender-schemes/readiness.ts';
import { requestTenderPublication } from '../../../src/services/tender-schemes/request-tender-publication.ts';
import { saveTenderLotScheme } from '../../../src/services/tender-schemes/save-tender-lot-scheme.ts';
import { withdrawTenderPublicationRequest } from '../../../src/services/tender-schemes/withdraw-tender-publication-request.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { authorityPeople, interestedVendors, readyTender } from './ready-tender.ts';

/** The worked example's scheme: two award criteria, 60 % concept and 40 % price. */
const edited = EvaluationScheme.parse({
  ...evaluateExample.request.scheme,
  submissionDeadline: '2026-03-02',
  regime: 'VgV',
});

/** The same scheme with the weights swapped. */
function reweighted(scheme: EvaluationScheme): EvaluationScheme {
  const [first, second] = scheme.award;
  return {
    ...scheme,
    award: [
      { ...first!, weightBp: second!.weightBp },
      { ...second!, weightBp: first!.weightBp },
      ...scheme.award.slice(2),
    ],
  };
}

describeDatabase('tender schemes, publication, corrections and cancellation', (backend) => {
  let database: TestDatabase;
  let clock: FixedClock;
  let people: Awaited<ReturnType<typeof authorityPeople>>;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    clock = fixedClock('2026-01-15T09:00:00.000Z');
    await catalogueLoaded(database.db, clock);
    people = await authorityPeople(database.db);
  });
  afterAll(() => database.close());

  const as = (user: User) => serviceContextFor(database.db, clock, userPrincipal(user));
  const tenderRow = (id: string) =>
    database.db.selectFrom('tender').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const auditOf = (id: string) =>
    database.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome', 'actor_id'])
      .where('object_type', '=', 'tender')
      .where('object_id', '=', id)
      .orderBy('seq')
      .execute();

  async function published(): Promise<string> {
    clock.set('2026-01-15T09:00:00.000Z');
    const id = await readyTender(database.db, people);
    await saveTenderLotScheme({
      ctx: as(people.lead),
      input: { tenderId: id, lotNumber: 1, version: 1, source: { kind: 'edited', scheme: edited } },
    });
    const { version } = await tenderRow(id);
    const request = await requestTenderPublication({
      ctx: as(people.lead),
      input: { tenderId: id, version },
    });
    await approveTenderPublication({
      ctx: as(people.second),
      input: { tenderId: id, version: request.version },
    });
    return id;
  }

  it('saves a lot’s draft from a template, blank or as edited, on the tender’s day and regime', async () => {
    const id = await readyTender(database.db, people);
    const before = await tenderRow(id);
    const saved = await saveTenderLotScheme({
      ctx: as(people.lead),
      input: {
        tenderId: id,
        lotNumber: 1,
        version: 1,
        source: { kind: 'template', templateId: 'state-collaboration-suite' },
      },
    });
    expect(saved).toMatchObject({
      stage: 'draft',
      lotVersion: 2,
      tenderVersion: before.version + 1,
      origin: { kind: 'template', templateId: 'state-collaboration-suite' },
      issues: [],
    });
    expect(saved.scheme).toMatchObject({ submissionDeadline: '2026-03-02', regime: 'VgV' });

    // A save on the lot's old version is refused; nothing is replaced unseen.
    await expect(
      saveTenderLotScheme({
        ctx: as(people.second),
        input: { tenderId: id, lotNumber: 1, version: 1, source: { kind: 'blank' } },
      }),
    ).rejects.toThrow(ConflictError);

    const broken = { ...edited, award: [{ ...edited.award[0]!, weightBp: 1 }, edited.award[1]!] };
    const refused = await saveTenderLotScheme({
      ctx: as(people.second),
      input: { tenderId: id, lotNumber: 1, version: 2, source: { kind: 'edited', scheme: broken } },
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues[0]?.pointer).toMatch(/^\/source\/scheme\/award/);

    const again = await saveTenderLotScheme({
      ctx: as(people.second),
      input: { tenderId: id, lotNumber: 1, version: 2, source: { kind: 'edited', scheme: edited } },
    });
    expect(again).toMatchObject({ lotVersion: 3, origin: { kind: 'edited' } });
    expect(
      await getTenderLotScheme({ ctx: as(people.reviewer), input: { tenderId: id, lotNumber: 1 } }),
    ).toMatchObject({ stage: 'draft', scheme: edited, lotVersion: 3, publishedVersion: null });
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual([
      'tender.scheme.saved',
      'tender.scheme.saved',
      'tender.scheme.saved',
    ]);
    // The refused stale save is on the record; the invalid input is not (nothing was tried).
    expect((await auditOf(id)).map((entry) => entry.outcome)).toEqual([
      'succeeded',
      'refused',
      'succeeded',
    ]);
  });

  it('lists what a tender lacks, and refuses to ask for its publication until it is ready', async () => {
    const id = await readyTender(database.db, people, { ready: false });
    const tender = await tenderRow(id);
    const items = await tenderReadiness(database.db, tender, await clock.now());
    expect(items.map((item) => item.id)).toEqual([
      'noLotsReasonsMissing',
      'estimatedValueMissing',
      'openingOfficersTooFew',
      'declarationMissing',
      'declarationMissing',
      'declarationMissing',
    ]);
    expect(items[0]).toMatchObject({
      pointer: '/noLotsReasons',
      sources: ['§ 97 Abs. 4 S. 3 GWB'],
    });
    const refused = await requestTenderPublication({
      ctx: as(people.lead),
      input: { tenderId: id, version: tender.version },
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues.map((issue) => issue.pointer)).toContain(
      '/estimatedValue',
    );
    expect((await tenderRow(id)).publication_requested_by).toBeNull();
  });

  it('asks for publication, refuses the requester as approver, and voids a request the tender outgrew', async () => {
    const id = await readyTender(database.db, people);
    const start = await tenderRow(id);
    const request = await requestTenderPublication({
      ctx: as(people.lead),
      input: { tenderId: id, version: start.version },
    });
    expect(request.request).toMatchObject({
      requestedBy: people.lead.id,
      requestedVersion: request.version,
    });

    // Four eyes: the officer who asked cannot approve; the refusal is on the record.
    await expect(
      approveTenderPublication({
        ctx: as(people.lead),
        input: { tenderId: id, version: request.version },
      }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      approveTenderPublication({
        ctx: as(people.lead),
        input: { tenderId: id, version: request.version },
      }),
    ).rejects.toThrow(/Four-eyes rule/);
    expect(await auditOf(id)).toContainEqual({
      action: 'tender.publication.approved',
      outcome: 'refused',
      actor_id: people.lead.id,
    });

    // A change after the request voids it.
    const changed = await saveTenderLotScheme({
      ctx: as(people.lead),
      input: { tenderId: id, lotNumber: 1, version: 1, source: { kind: 'edited', scheme: edited } },
    });
    const stale = await approveTenderPublication({
      ctx: as(people.second),
      input: { tenderId: id, version: changed.tenderVersion },
    }).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as Error).message).toMatch(/changed since/);
    expect((await tenderRow(id)).state).toBe('draft');

    // Withdrawn, it can no longer be approved.
    const renewed = await requestTenderPublication({
      ctx: as(people.lead),
      input: { tenderId: id, version: changed.tenderVersion },
    });
    const withdrawn = await withdrawTenderPublicationRequest({
      ctx: as(people.second),
      input: { tenderId: id, version: renewed.version },
    });
    expect(withdrawn.request).toBeNull();
    await expect(
      approveTenderPublication({
        ctx: as(people.second),
        input: { tenderId: id, version: withdrawn.version },
      }),
    ).rejects.toThrow(ConflictError);
  });

  it('publishes version 1 under the commitment over the stored canonical bytes', async () => {
    const id = await readyTender(database.db, people);
    await saveTenderLotScheme({
      ctx: as(people.lead),
      input: { tenderId: id, lotNumber: 1, version: 1, source: { kind: 'edited', scheme: edited } },
    });
    const request = await requestTenderPublication({
      ctx: as(people.lead),
      input: { tenderId: id, version: (await tenderRow(id)).version },
    });
    clock.set('2026-01-18T09:00:00.000Z');
    const publication = await approveTenderPublication({
      ctx: as(people.second),
      input: { tenderId: id, version: request.version },
    });
    expect(publication).toMatchObject({
      state: 'published',
      requestedBy: people.lead.id,
      approvedBy: people.second.id,
      publishedAt: '2026-01-18T09:00:00.000Z',
    });
    const stored = await database.db
      .selectFrom('tender_scheme_version')
      .selectAll()
      .where('tender_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.number).toBe(1);
    expect(stored.commitment).toBe(
      createHash('sha256').update(stored.scheme, 'utf8').digest('hex'),
    );
    expect(stored.commitment).toBe(
      schemeCommitment(EvaluationScheme.parse(JSON.parse(stored.scheme))),
    );
    expect(publication.schemeVersions).toEqual([
      expect.objectContaining({ lotNumber: 1, number: 1, commitment: stored.commitment }),
    ]);
    expect(JSON.parse(stored.scheme)).toMatchObject({
      submissionDeadline: '2026-03-02',
      regime: 'VgV',
    });
    const tender = await tenderRow(id);
    expect(tender).toMatchObject({ state: 'published', approved_by: people.second.id });
    expect(
      await getTenderLotScheme({ ctx: as(people.reviewer), input: { tenderId: id, lotNumber: 1 } }),
    ).toMatchObject({
      stage: 'published',
      publishedVersion: { number: 1, commitment: stored.commitment },
    });
    expect(await auditOf(id)).toContainEqual({
      action: 'tender.publication.approved',
      outcome: 'succeeded',
      actor_id: people.second.id,
    });
  });

  it('refuses any change of a published scheme through the verbs and by SQL', async () => {
    const id = await published();
    const { version } = await tenderRow(id);
    await expect(
      saveTenderLotScheme({
        ctx: as(people.lead),
        input: {
          tenderId: id,
          lotNumber: 1,
          version: 1,
          source: { kind: 'edited', scheme: reweighted(edited) },
        },
      }),
    ).rejects.toThrow(ConflictError);
    await expect(
      requestTenderPublication({ ctx: as(people.lead), input: { tenderId: id, version } }),
    ).rejects.toThrow(ConflictError);
    const before = await database.db
      .selectFrom('tender_scheme_version')
      .selectAll()
      .where('tender_id', '=', id)
      .execute();

    const refusedSql = [
      sql`update tender_scheme_version set scheme = replace(scheme, '6000', '4000') where tender_id = ${id}`,
      sql`update tender_scheme_version set commitment = ${'0'.repeat(64)} where tender_id = ${id}`,
      sql`delete from tender_scheme_version where tender_id = ${id}`,
      sql`truncate tender_scheme_version cascade`,
      sql`update tender_lot set scheme_draft = replace(scheme_draft, '6000', '4000') where tender_id = ${id}`,
      sql`delete from tender_lot where tender_id = ${id}`,
    ];
    for (const statement of refusedSql) {
      await expect(statement.execute(database.db)).rejects.toThrow(/immutable|only while/);
    }
    const after = await database.db
      .selectFrom('tender_scheme_version')
      .selectAll()
      .where('tender_id', '=', id)
      .execute();
    expect(after).toEqual(before);
  });

  it('corrects a published tender: version 2 under a new commitment, a notice per interested vendor, the deadline extended', async () => {
    const id = await published();
    const vendors = await interestedVendors(database.db, id, 2);
    const original = await tenderRow(id);
    const [first] = await database.db
      .selectFrom('tender_scheme_version')
      .selectAll()
      .where('tender_id', '=', id)
      .execute();
    clock.set('2026-02-10T10:00:00.000Z');

    // A deadline earlier than the correction requires is refused, with the reason.
    const tooEarly = await correctTender({
      ctx: as(people.second),
      input: {
        tenderId: id,
        version: original.version,
        reason: 'Gewichtung berichtigt',
        lots: [{ lotNumber: 1, scheme: reweighted(edited) }],
        submissionDeadline: '2026-03-05T12:00',
      },
    }).catch((error: unknown) => error);
    expect(tooEarly).toBeInstanceOf(ValidationError);
    expect((tooEarly as ValidationError).issues).toEqual([
      expect.objectContaining({
        pointer: '/submissionDeadline',
        detail: expect.stringMatching(/earliest/),
      }),
    ]);

    const correction = await correctTender({
      ctx: as(people.second),
      input: {
        tenderId: id,
        version: original.version,
        reason: 'Gewichtung berichtigt',
        lots: [{ lotNumber: 1, scheme: reweighted(edited) }],
      },
    });
    // Material: the full 35 days again from the day after 2026-02-10, past the original deadline.
    expect(correction.extension.extensionRequired).toBe(true);
    expect(new Date(correction.submissionDeadline).getTime()).toBeGreaterThan(
      original.submission_deadline!.getTime(),
    );
    expect(correction.submissionDeadline).toBe('2026-03-17T23:00:00.000Z');
    expect(correction).toMatchObject({
      number: 1,
      previousSubmissionDeadline: original.submission_deadline!.toISOString(),
      schemeVersions: [expect.objectContaining({ lotNumber: 1, number: 2, correctionNumber: 1 })],
    });
    const versions = await database.db
      .selectFrom('tender_scheme_version')
      .selectAll()
      .where('tender_id', '=', id)
      .orderBy('number')
      .execute();
    expect(versions).toHaveLength(2);
    expect(versions[0]).toEqual(first);
    expect(versions[1]!.commitment).not.toBe(first!.commitment);
    expect(versions[1]!.commitment).toBe(
      createHash('sha256').update(versions[1]!.scheme, 'utf8').digest('hex'),
    );
    expect(JSON.parse(versions[1]!.scheme)).toMatchObject({ submissionDeadline: '2026-03-18' });

    const notices = await database.db
      .selectFrom('notice')
      .selectAll()
      .where('object_id', '=', id)
      .execute();
    expect(notices.map((notice) => notice.organisation_id).sort()).toEqual([...vendors].sort());
    expect(notices.every((notice) => notice.kind === 'correction')).toBe(true);
    expect(notices[0]!.body_de).toContain(versions[1]!.commitment);

    const tender = await tenderRow(id);
    expect(tender.submission_deadline!.toISOString()).toBe('2026-03-17T23:00:00.000Z');
    expect(tender.questions_deadline!.getTime()).toBeGreaterThan(
      original.questions_deadline!.getTime(),
    );
    expect(
      await listTenderSchemeVersions({ ctx: as(people.reviewer), input: { tenderId: id } }),
    ).toEqual({
      versions: [
        expect.objectContaining({ number: 1, correctionNumber: null }),
        expect.objectContaining({ number: 2, correctionNumber: 1 }),
      ],
    });
    expect(
      await getTenderSchemeVersion({
        ctx: as(people.reviewer),
        input: { tenderId: id, lotNumber: 1, number: 2 },
      }),
    ).toMatchObject({
      correction: { number: 1, reason: 'Gewichtung berichtigt' },
      scheme: { submissionDeadline: '2026-03-18' },
    });

    // The same scheme again is no correction of it; a deadline alone may move.
    const same = await correctTender({
      ctx: as(people.second),
      input: {
        tenderId: id,
        version: tender.version,
        reason: 'Nochmals',
        lots: [{ lotNumber: 1, scheme: reweighted(edited) }],
      },
    }).catch((error: unknown) => error);
    expect(same).toBeInstanceOf(ValidationError);
    const moved = await correctTender({
      ctx: as(people.lead),
      input: {
        tenderId: id,
        version: tender.version,
        reason: 'Mehr Zeit',
        submissionDeadline: '2026-03-24T12:00',
      },
    });
    expect(moved).toMatchObject({
      number: 2,
      schemeVersions: [],
      submissionDeadline: '2026-03-24T11:00:00.000Z',
    });
    expect(await auditOf(id)).toContainEqual({
      action: 'tender.correction.published',
      outcome: 'succeeded',
      actor_id: people.lead.id,
    });

    // After the submission deadline, no correction.
    clock.set('2026-03-25T09:00:00.000Z');
    await expect(
      correctTender({
        ctx: as(people.lead),
        input: { tenderId: id, version: moved.version, reason: 'Zu spät' },
      }),
    ).rejects.toThrow(ConflictError);
  });

  it('cancels a tender on a ground of § 63 VgV, keeps everything and tells every interested vendor', async () => {
    const id = await published();
    const vendors = await interestedVendors(database.db, id, 3);
    const { version } = await tenderRow(id);
    const cancelled = await cancelTender({
      ctx: as(people.second),
      input: { tenderId: id, version, ground: 'essentialChange', reasons: 'Mittel gestrichen' },
    });
    expect(cancelled).toMatchObject({
      state: 'cancelled',
      ground: 'essentialChange',
      noticesSent: 3,
    });
    const tender = await tenderRow(id);
    expect(tender).toMatchObject({
      state: 'cancelled',
      cancelled_by: people.second.id,
      cancellation_ground: 'essentialChange',
      cancellation_reasons: 'Mittel gestrichen',
    });
    const notices = await database.db
      .selectFrom('notice')
      .select(['organisation_id', 'kind', 'body_de', 'body_en'])
      .where('object_id', '=', id)
      .execute();
    expect(notices.map((n) => n.organisation_id).sort()).toEqual([...vendors].sort());
    expect(notices[0]).toMatchObject({ kind: 'cancellation' });
    expect(notices[0]!.body_de).toContain('§ 63 Abs. 1 S. 1 Nr. 2 VgV');
    expect(
      await database.db
        .selectFrom('tender_scheme_version')
        .select('number')
        .where('tender_id', '=', id)
        .execute(),
    ).toHaveLength(1);
    await expect(
      cancelTender({
        ctx: as(people.second),
        input: {
          tenderId: id,
          version: tender.version,
          ground: 'noSuitableBids',
          reasons: 'Nochmals',
        },
      }),
    ).rejects.toThrow(ConflictError);
  });
});
