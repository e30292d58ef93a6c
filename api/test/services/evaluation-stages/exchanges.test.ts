import type { RequestMissingDocumentInput } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import { askClarification } from '../../../src/services/evaluation-stages/clarifications.ts';
import {
  decideDocumentRequest,
  requestMissingDocument,
} from '../../../src/services/evaluation-stages/document-requests.ts';
import {
  answerClarification,
  answerDocumentRequest,
  listOwnBidExchanges,
} from '../../../src/services/evaluation-stages/vendor-exchanges.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { evaluationTender, type EvaluationTender } from '../tender-evaluation/evaluation-tender.ts';
import { contextOf } from './helpers.ts';

const declaration: RequestMissingDocumentInput = {
  stage: 'formal',
  document: 'Signed declaration on § 123 GWB',
  kind: 'company',
  action: 'submit',
  criterionId: 'eg-123',
  deadline: '2026-03-10',
};

const document = {
  name: 'declaration-123.pdf',
  mediaType: 'application/pdf',
  bytes: 20_480,
  sha256: 'b'.repeat(64),
};

describeDatabase('requests for missing documents and clarifications with the bidder', (backend) => {
  let database: TestDatabase;
  let tender: EvaluationTender;
  const clock = fixedClock('2026-03-03T09:00:00Z');
  const ctxOf = contextOf(() => database, clock);
  const request = (bidIndex: number, input: RequestMissingDocumentInput) =>
    requestMissingDocument({
      ctx: ctxOf(tender.lead),
      input: { tenderId: tender.tenderId, bidId: tender.bids[bidIndex]!.id, request: input },
    });

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    tender = await evaluationTender(database.db);
  });
  afterAll(() => database.close());

  it('never ask for a document that feeds an award criterion, nor anything the notice ruled out (§ 56 VgV)', async () => {
    const scored = request(0, {
      ...declaration,
      kind: 'offer',
      document: 'Operating concept, chapter 3',
      criterionId: 'concept',
    });
    await expect(scored).rejects.toThrow(ValidationError);
    await expect(scored).rejects.toThrow(/§ 56 Abs. 3 S. 1 VgV/);
    await expect(request(0, { ...declaration, deadline: '2026-03-03' })).rejects.toThrow(
      ValidationError,
    );
    await database.db
      .updateTable('tender')
      .set({ missing_document_requests: 'ruledOut' })
      .where('id', '=', tender.tenderId)
      .execute();
    await expect(request(0, declaration)).rejects.toThrow(ConflictError);
    await expect(request(0, declaration)).rejects.toThrow(/§ 56 Abs. 2 S. 2 VgV/);
    await database.db
      .updateTable('tender')
      .set({ missing_document_requests: 'allowed' })
      .where('id', '=', tender.tenderId)
      .execute();
    await expect(request(0, declaration)).resolves.toMatchObject({
      number: 1,
      basis: '§ 56 Abs. 2 S. 1 VgV',
    });
  });

  it('take the bidder’s answer once, from its own vendor only; decided after the answer', async () => {
    const [alpha, beta] = tender.bids;
    const asked = await request(0, { ...declaration, document: 'Commercial register extract' });
    expect(asked.number).toBe(2);
    const input = { bidId: alpha!.id, requestId: asked.id, answer: { documents: [document] } };
    const decide = () =>
      decideDocumentRequest({
        ctx: ctxOf(tender.lead),
        input: {
          tenderId: tender.tenderId,
          bidId: alpha!.id,
          requestId: asked.id,
          decision: { decision: 'accepted', reasons: 'Current and signed.' },
        },
      });
    await expect(decide()).rejects.toThrow(/may still answer/);
    await expect(answerDocumentRequest({ ctx: ctxOf(beta!.vendorUser), input })).rejects.toThrow(
      NotFoundError,
    );
    const answered = await answerDocumentRequest({ ctx: ctxOf(alpha!.vendorUser), input });
    expect(answered).toMatchObject({ kind: 'documentRequest', state: 'answered' });
    await expect(answerDocumentRequest({ ctx: ctxOf(alpha!.vendorUser), input })).rejects.toThrow(
      /once only/,
    );
    const decided = await decide();
    expect(decided.answer?.documents).toEqual([document]);
    expect(decided.decision).toMatchObject({ decision: 'accepted' });
    await expect(decide()).rejects.toThrow(/decided already/);

    const own = await listOwnBidExchanges({ ctx: ctxOf(alpha!.vendorUser) });
    expect(own.exchanges.map((exchange) => [exchange.number, exchange.state])).toEqual([
      [1, 'open'],
      [2, 'answered'],
    ]);
    expect(own.exchanges[0]!.tender.id).toBe(tender.tenderId);
    expect((await listOwnBidExchanges({ ctx: ctxOf(beta!.vendorUser) })).exchanges).toEqual([]);
  });

  it('take no answer after the end of the deadline day in Berlin', async () => {
    const gamma = tender.bids[2]!;
    const asked = await askClarification({
      ctx: ctxOf(tender.lead),
      input: {
        tenderId: tender.tenderId,
        bidId: gamma.id,
        clarification: { stage: 'formal', question: 'Who signed the bid?', deadline: '2026-03-05' },
      },
    });
    const answer = () =>
      answerClarification({
        ctx: ctxOf(gamma.vendorUser),
        input: { bidId: gamma.id, clarificationId: asked.id, answer: { answer: 'The CEO.' } },
      });
    // 00:30 on 6 March in Berlin: the deadline day has ended.
    clock.set('2026-03-05T23:30:00Z');
    await expect(answer()).rejects.toThrow(/deadline ended with 2026-03-05/);
    const listed = await listOwnBidExchanges({ ctx: ctxOf(gamma.vendorUser) });
    expect(listed.exchanges).toMatchObject([{ kind: 'clarification', state: 'expired' }]);
    // 23:30 on 5 March in Berlin: still the deadline day.
    clock.set('2026-03-05T22:30:00Z');
    await expect(answer()).resolves.toMatchObject({ state: 'answered' });
  });
});
