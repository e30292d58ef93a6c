import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../../src/domain/errors.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { consensusOf } from '../../../src/services/evaluation-scoring/consensus-read.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import { createLogger } from '../../../src/logger.ts';
import { evaluationTender, type EvaluationTender } from '../tender-evaluation/evaluation-tender.ts';
import { fullSheet, scoringAs } from './scoring-helpers.ts';

describeDatabase('blind scoring of a lot by the panel', (backend) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  /** A fresh tender of three bids, with the verbs as each member calls them. */
  async function panel() {
    const tender = await evaluationTender(database.db);
    const as = (user: EvaluationTender['lead']) => scoringAs(database.db, tender, user);
    return {
      tender,
      bidIds: tender.bids.map((bid) => bid.id),
      first: as(tender.evaluators[0]),
      second: as(tender.evaluators[1]),
      lead: as(tender.lead),
      officer: as(tender.second),
      reviewer: as(tender.reviewer),
    };
  }

  it('shows the ordinal criteria with their anchors and says which the engine scores', async () => {
    const { first, bidIds } = await panel();
    const scoring = await first.read();
    expect(scoring.criteria.map((criterion) => criterion.criterionId)).toEqual([
      'concept',
      'support',
    ]);
    expect(scoring.criteria[0]!.anchors).toHaveLength(6);
    expect(scoring.scoredByEngine.map((criterion) => criterion.criterionId).sort()).toEqual(
      ['availability', 'eg-123', 'mr-hosting', 'price', 'su-references'].sort(),
    );
    expect(scoring.bids.map((bid) => bid.bidId)).toEqual(bidIds);
    expect(scoring.bids[0]!.offers).toContainEqual({
      criterionId: 'concept',
      text: 'Alpha: operating concept with named roles.',
    });
  });

  it("keeps an evaluator blind to the others' scores until their own sheet is submitted", async () => {
    const { first, second, lead, reviewer, bidIds, tender } = await panel();
    await first.save(fullSheet(bidIds, 4));
    await first.submit();
    await second.save(fullSheet(bidIds, 1));

    const blind = await second.read();
    expect(blind.others).toBeNull();
    expect(blind.divergences).toBeNull();
    expect(blind.consensus).toBeNull();
    expect(blind.mine!.scores.every((entry) => entry.score === 1)).toBe(true);
    expect(JSON.stringify(blind)).not.toContain('"score":4');
    // Reviewers see the sheets only once the whole panel has submitted; officers the submitted.
    expect((await reviewer.read()).others).toBeNull();
    expect((await lead.read()).others!.map((sheet) => sheet.userId)).toEqual([
      tender.evaluators[0].id,
    ]);

    const seeing = await second.submit();
    expect(seeing.others!.map((sheet) => sheet.userId)).toEqual([tender.evaluators[0].id]);
    expect(seeing.others![0]!.scores.every((entry) => entry.score === 4)).toBe(true);
    expect(seeing.divergences).toContainEqual({
      bidId: bidIds[0],
      criterionId: 'concept',
      spread: 3,
      flagged: true,
      aids: { mean: 2.5, median: 2.5 },
    });
    expect((await reviewer.read()).others).toHaveLength(2);
  });

  it('refuses an incomplete sheet at submission, listing what is missing, and keeps it open', async () => {
    const { first, bidIds } = await panel();
    await first.save(fullSheet(bidIds.slice(0, 2), 3));
    const refused = await first.submit().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues).toHaveLength(2);
    expect((refused as ValidationError).issues[0]!.detail).toContain(bidIds[2]);
    expect((await first.read()).mine!.submittedAt).toBeNull();
  });

  it('fixes a submitted sheet: neither saved nor submitted again', async () => {
    const { first, bidIds } = await panel();
    await first.save(fullSheet(bidIds, 3));
    await first.submit();
    await expect(first.save(fullSheet(bidIds, 5))).rejects.toBeInstanceOf(ConflictError);
    await expect(first.submit()).rejects.toBeInstanceOf(ConflictError);
    expect((await first.read()).mine!.scores.every((entry) => entry.score === 3)).toBe(true);
  });

  it('does not score a bid a stage excluded, and does not ask for its scores', async () => {
    const { first, bidIds, tender } = await panel();
    await database.db
      .insertInto('bid_stage_decision')
      .values({
        bid_id: bidIds[1]!,
        stage: 'formal',
        number: 1,
        outcome: 'excluded',
        basis: '§ 57 Abs. 1 Nr. 1 VgV',
        reasons: 'Received late for reasons the bidder is responsible for.',
        register_queried_on: null,
        decided_by: tender.lead.id,
        decided_at: new Date('2026-03-03T08:00:00Z'),
      })
      .execute();
    const refused = await first.save(fullSheet(bidIds, 3)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues.map((issue) => issue.pointer)).toEqual([
      '/scores/2/bidId',
      '/scores/3/bidId',
    ]);
    await first.save(fullSheet([bidIds[0]!, bidIds[2]!], 3));
    const submitted = await first.submit();
    expect(submitted.excludedBids).toEqual([{ bidId: bidIds[1], stage: 'formal' }]);
    expect(submitted.bids.map((bid) => bid.bidId)).toEqual([bidIds[0], bidIds[2]]);
  });

  it('records a consensus only once every evaluator has submitted', async () => {
    const { first, second, officer, bidIds } = await panel();
    await first.save(fullSheet(bidIds, 3));
    await first.submit();
    const body = { score: 3, justification: 'The panel agrees on anchor 3.' };
    const refused = await officer.consensus(bidIds[0]!, 'concept', body).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toContain('1 of 2');
    await second.save(fullSheet(bidIds, 3));
    await second.submit();
    const recorded = await officer.consensus(bidIds[0]!, 'concept', body);
    expect(recorded.consensus).toMatchObject([
      { bidId: bidIds[0], criterionId: 'concept', score: 3, resolution: null },
    ]);
  });

  it("leaves a divergence to the tender's lead, with a resolution, and replaces earlier ones", async () => {
    const { first, second, lead, officer, bidIds, tender } = await panel();
    const alpha = bidIds[0]!;
    await first.save(fullSheet(bidIds, 5));
    await first.submit();
    await second.save(
      fullSheet(bidIds, (bidId, criterion) => (bidId === alpha && criterion === 'concept' ? 1 : 4)),
    );
    await second.submit();
    const body = { score: 3, justification: 'Roles named; no deputy rule, so anchor 3.' };

    await expect(officer.consensus(alpha, 'concept', body)).rejects.toBeInstanceOf(ForbiddenError);
    const missing = await lead.consensus(alpha, 'concept', body).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).issues[0]!.pointer).toBe('/resolution');
    // Within the threshold, any officer of the team records it.
    await officer.consensus(alpha, 'support', { score: 4, justification: 'Anchor 4 met.' });

    await lead.consensus(alpha, 'concept', { ...body, resolution: 'The deputy rule is missing.' });
    const replaced = await lead.consensus(alpha, 'concept', {
      ...body,
      score: 2,
      resolution: 'Neither deputy rule nor on-call times are given.',
    });
    expect(replaced.consensus!.filter((item) => item.bidId === alpha)).toMatchObject([
      { criterionId: 'concept', score: 2, recordedBy: tender.lead.id },
      { criterionId: 'support', score: 4, recordedBy: tender.second.id },
    ]);
    const entries = await database.db
      .selectFrom('audit_entry')
      .select(['before_hash', 'outcome'])
      .where('action', '=', 'tender.evaluation.consensus_recorded')
      .where('object_id', '=', tender.tenderId)
      .execute();
    // Two of alpha on concept (the second with the first as its state before), one on support.
    expect(entries.filter((entry) => entry.outcome === 'succeeded')).toHaveLength(3);
    expect(entries.filter((entry) => entry.before_hash !== null)).toHaveLength(1);

    const official = await consensusOf(database.db, tender.tenderId, 1);
    expect(official.get(alpha)!.get('concept')).toMatchObject({
      score: 2,
      individual: expect.arrayContaining([
        { evaluator: tender.evaluators[0].id, score: 5 },
        { evaluator: tender.evaluators[1].id, score: 1 },
      ]),
    });
  });

  describe('over HTTP', () => {
    it('refuses a score without a justification (422, pointing at it)', async () => {
      const tender = await evaluationTender(database.db);
      const clock = fixedClock('2026-03-03T09:00:00Z');
      const config = loadConfig({});
      const app = createApp({
        db: database.db,
        clock,
        config,
        logger: createLogger('silent'),
        backend,
        passwordHashing: testPasswordHashing,
      });
      const { token } = await createSession(database.db, clock, {
        userId: tender.evaluators[0].id,
        mfaVerified: true,
      });
      const response = await app.request(`/api/v1/tenders/${tender.tenderId}/lots/1/scoring/mine`, {
        method: 'PUT',
        headers: {
          cookie: `${sessionCookieName(config)}=${token}`,
          'sec-fetch-site': 'same-origin',
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          scores: [
            { bidId: tender.bids[0]!.id, criterionId: 'concept', score: 3, justification: '  ' },
            { bidId: tender.bids[1]!.id, criterionId: 'concept', score: 3 },
          ],
        }),
      });
      expect(response.status).toBe(422);
      const problem = (await response.json()) as { errors: { pointer: string }[] };
      expect(problem.errors.map((error) => error.pointer)).toEqual([
        '/scores/0/justification',
        '/scores/1/justification',
      ]);
      const stored = await database.db
        .selectFrom('tender_score')
        .select('bid_id')
        .where('tender_id', '=', tender.tenderId)
        .execute();
      expect(stored).toEqual([]);
    });
  });
});
