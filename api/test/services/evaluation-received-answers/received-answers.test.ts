import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import { ConflictError, ValidationError } from '../../../src/domain/errors.ts';
import { canonicalHash, canonicalJson } from '../../../src/engine/canonical/canonical-json.ts';
import {
  recordReceivedClarification,
  recordReceivedDocuments,
} from '../../../src/services/evaluation-received-answers/record-received-answer.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import {
  evaluationBidContent,
  evaluationTender,
  type EvaluationTender,
} from '../tender-evaluation/evaluation-tender.ts';

const asked = new Date('2026-03-03T10:00:00Z');
const document = {
  name: 'referenz-3.pdf',
  mediaType: 'application/pdf',
  bytes: 2048,
  sha256: 'a'.repeat(64),
};

describeDatabase('answers received on the platform, recorded by an officer', (backend) => {
  let database: TestDatabase;
  let clock: FixedClock;
  let tender: EvaluationTender;
  let officer: ServiceContext;
  let importedBidId: string;

  /** An open request (or clarification) to a bid, due on 2026-03-10. */
  const ask = async (bidId: string, kind: 'request' | 'clarification', number: number) => {
    const common = { tender_id: tender.tenderId, bid_id: bidId, number, deadline: '2026-03-10' };
    if (kind === 'request') {
      const row = await database.db
        .insertInto('bid_document_request')
        .values({
          ...common,
          stage: 'suitability',
          document: 'Referenz 3, unterschrieben',
          kind: 'company',
          action: 'submit',
          criterion_id: 'su-references',
          basis: '§ 56 Abs. 2 S. 1 VgV',
          requested_by: tender.lead.id,
          requested_at: asked,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    }
    const row = await database.db
      .insertInto('bid_clarification')
      .values({
        ...common,
        stage: 'priceCheck',
        question: 'Wie ist der Preis kalkuliert?',
        flags: null,
        asked_by: tender.lead.id,
        asked_at: asked,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    clock = fixedClock('2026-03-12T09:00:00.000Z');
    tender = await evaluationTender(database.db, [{ name: 'Tresor GmbH' }]);
    const { db } = database;
    const imported = await db
      .insertInto('bid_import')
      .values({
        tender_id: tender.tenderId,
        platform: 'Vergabeplattform Musterland',
        format: 'json',
        file_name: 'export.json',
        file_bytes: 100,
        file_sha256: 'b'.repeat(64),
        opening_record_name: 'niederschrift.pdf',
        opening_record_sha256: 'c'.repeat(64),
        opened_on_platform_at: new Date('2026-03-02T12:00:00Z'),
        mapping: null,
        bid_count: 1,
        imported_by: tender.lead.id,
        imported_at: new Date('2026-03-02T13:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const bid = await db
      .insertInto('bid')
      .values({
        tender_id: tender.tenderId,
        lot_number: 1,
        source: 'import',
        organisation_id: null,
        organisation_kind: null,
        import_id: imported.id,
        import_position: 1,
        created_at: new Date('2026-03-02T13:00:00Z'),
        withdrawn_at: null,
        withdrawn_by_user_id: null,
        withdrawn_by_api_key_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const content = evaluationBidContent('Plattform AG', 700_000);
    await db
      .insertInto('bid_opened_content')
      .values({
        bid_id: bid.id,
        submission_number: 1,
        content: canonicalJson(content),
        content_sha256: canonicalHash(content),
        received_at: new Date('2026-03-02T09:00:00Z'),
        late: false,
        opening_session_id: null,
        opened_at: new Date('2026-03-02T12:00:00Z'),
      })
      .execute();
    importedBidId = bid.id;
    officer = serviceContextFor(db, clock, userPrincipal(tender.lead));
  });
  afterAll(() => database.close());

  it('records documents the platform received by the deadline day, once', async () => {
    const requestId = await ask(importedBidId, 'request', 1);
    const input = { tenderId: tender.tenderId, bidId: importedBidId, requestId };
    const answer = await recordReceivedDocuments({
      ctx: officer,
      input: { ...input, receivedAt: '2026-03-10T22:30:00Z', documents: [document] },
    });
    expect(answer).toMatchObject({ channel: 'platform', answeredAt: '2026-03-10T22:30:00.000Z' });
    const row = await database.db
      .selectFrom('bid_document_request')
      .selectAll()
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ answer_channel: 'platform', answered_by_user_id: tender.lead.id });
    expect(JSON.parse(row.answer_documents!)).toEqual([document]);
    await expect(
      recordReceivedDocuments({
        ctx: officer,
        input: { ...input, receivedAt: '2026-03-10T10:00:00Z', documents: [document] },
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('refuses an answer after the deadline day (Berlin) or before the question', async () => {
    const clarificationId = await ask(importedBidId, 'clarification', 2);
    const input = { tenderId: tender.tenderId, bidId: importedBidId, clarificationId };
    // 2026-03-10 24:00 in Berlin is 23:00 UTC.
    for (const receivedAt of ['2026-03-10T23:00:00Z', '2026-03-01T10:00:00Z']) {
      await expect(
        recordReceivedClarification({
          ctx: officer,
          input: { ...input, receivedAt, answer: 'Skaleneffekte.' },
        }),
      ).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(
      recordReceivedClarification({
        ctx: officer,
        input: { ...input, receivedAt: '2026-03-10T22:59:59Z', answer: 'Skaleneffekte.' },
      }),
    ).resolves.toMatchObject({ channel: 'platform' });
  });

  it('leaves answers to bids of our vault to their bidders', async () => {
    const requestId = await ask(tender.bids[0]!.id, 'request', 3);
    await expect(
      recordReceivedDocuments({
        ctx: officer,
        input: {
          tenderId: tender.tenderId,
          bidId: tender.bids[0]!.id,
          requestId,
          receivedAt: '2026-03-05T10:00:00Z',
          documents: [document],
        },
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
