import { ContractValueInput, EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/engine/canonical/canonical-json.ts';
import { evaluate } from '../../../src/engine/evaluation/evaluate.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { evaluationBidContent } from '../../services/tender-evaluation/evaluation-tender.ts';
import { readyTender } from '../../services/tender-schemes/ready-tender.ts';
import { evaluationApp, type Caller } from './evaluation-app.ts';

const formalChecks = { 'eg-123': { met: true }, 'mr-hosting': { met: true } };
const suitabilityChecks = {
  'su-references': {
    met: true,
    evidence: 'Three references, 2023–2025',
    evidenceDate: '2026-02-20',
  },
};
const document = { name: 'referenz-3.pdf', mediaType: 'application/pdf', bytes: 2048 };
const sha = (c: string) => c.repeat(64);

/**
 * The evaluation as an authority and its bidders go through it over the API: a tender published,
 * three vendors bidding with API keys, two opening officers opening jointly; one bid excluded at
 * the formal stage with its basis, a missing document requested and supplied, a price
 * clarification answered, two evaluators scoring blind, the consensus, the official result stored
 * and recomputed to the byte; and a platform tender whose bids are imported and evaluated alike.
 */
describeDatabase('an evaluation over HTTP, from publication to the stored result', (backend) => {
  let database: TestDatabase;
  let scene: Awaited<ReturnType<typeof evaluationApp>>;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    scene = await evaluationApp(database.db);
  });
  afterAll(() => database.close());

  it('goes from the bids through the four stages to a result that recomputes to the same bytes', async () => {
    const { ok, call, tenderId, clock } = scene;
    await scene.publish();
    const vendors: { key: Caller; name: string; bidId: string }[] = [];
    for (const [name, amount] of [
      ['Alpha Cloud GmbH', 780_000],
      ['Beta Rechenzentrum AG', 600_000],
      ['Gamma Systemhaus GmbH', 910_000],
    ] as const) {
      const vendor = await scene.vendorWithKey();
      const receipt = await ok(
        vendor.key,
        'POST',
        `/tenders/${tenderId}/lots/1/bids`,
        evaluationBidContent(name, amount),
        201,
      );
      vendors.push({ key: vendor.key, name, bidId: receipt.bidId });
    }
    const [alpha, beta, gamma] = vendors as [
      (typeof vendors)[0],
      (typeof vendors)[0],
      (typeof vendors)[0],
    ];
    await scene.openJointly();

    const bid = (id: string) => `/tenders/${tenderId}/bids/${id}`;
    // Sessions end after a while without use: the people sign in again after each jump in time.
    let lead = await scene.sessionOf(scene.people.lead);
    let reviewer = await scene.sessionOf(scene.people.reviewer);
    const at = async (moment: string) => {
      clock.set(moment);
      lead = await scene.sessionOf(scene.people.lead);
      reviewer = await scene.sessionOf(scene.people.reviewer);
    };
    await at('2026-03-03T09:00:00.000Z');

    // Formal check (§ 57 VgV, §§ 123–126 GWB): Gamma excluded with its basis; the register asked.
    for (const { bidId } of [alpha, beta]) {
      await ok(lead, 'POST', `${bid(bidId)}/stages/formal`, {
        outcome: 'passed',
        reasons: 'Complete and on time; no exclusion ground; register without entry.',
        checks: formalChecks,
        registerQueriedOn: '2026-03-03',
      });
    }
    await ok(lead, 'POST', `${bid(gamma.bidId)}/stages/formal`, {
      outcome: 'excluded',
      basis: '§ 124 Abs. 1 Nr. 3 GWB',
      reasons: 'Serious professional misconduct shown by a final judgment of 2025.',
      checks: formalChecks,
      registerQueriedOn: '2026-03-03',
    });
    expect(
      (
        await call(reviewer, 'POST', `${bid(beta.bidId)}/stages/suitability`, {
          outcome: 'passed',
          reasons: 'Reviewers change nothing.',
          checks: suitabilityChecks,
        })
      ).status,
    ).toBe(403);

    // A document that feeds an award criterion is never requested later (§ 56 (3) VgV).
    const feeding = await call(lead, 'POST', `${bid(alpha.bidId)}/document-requests`, {
      stage: 'formal',
      document: 'The operating concept',
      kind: 'offer',
      action: 'submit',
      criterionId: 'concept',
      deadline: '2026-03-10',
    });
    expect(feeding.status).toBe(422);
    expect(feeding.text).toContain('§ 56');
    // A company document is (§ 56 (2) VgV): Alpha's third reference, supplied by its API key.
    const request = await ok(
      lead,
      'POST',
      `${bid(alpha.bidId)}/document-requests`,
      {
        stage: 'suitability',
        document: 'Reference 3, signed by the client',
        kind: 'company',
        action: 'submit',
        criterionId: 'su-references',
        deadline: '2026-03-10',
      },
      201,
    );
    await at('2026-03-05T10:00:00.000Z');
    await ok(alpha.key, 'POST', `/bids/${alpha.bidId}/document-requests/${request.id}/answer`, {
      documents: [{ ...document, sha256: sha('a') }],
    });
    await ok(lead, 'POST', `${bid(alpha.bidId)}/document-requests/${request.id}/decision`, {
      decision: 'accepted',
      reasons: 'The reference confirms the declaration; it predates the deadline.',
    });
    for (const { bidId } of [alpha, beta]) {
      await ok(lead, 'POST', `${bid(bidId)}/stages/suitability`, {
        outcome: 'passed',
        reasons: 'References and certificate valid at the submission deadline.',
        checks: suitabilityChecks,
      });
    }

    // The price check (§ 60 VgV): Beta is flagged and cannot pass without a clarification.
    const early = await call(lead, 'POST', `${bid(beta.bidId)}/stages/priceCheck`, {
      outcome: 'passed',
      reasons: 'Plausible.',
    });
    expect(early.status).toBe(409);
    const clarification = await ok(
      lead,
      'POST',
      `${bid(beta.bidId)}/clarifications`,
      { stage: 'priceCheck', question: 'How is the price calculated?', deadline: '2026-03-12' },
      201,
    );
    await ok(beta.key, 'POST', `/bids/${beta.bidId}/clarifications/${clarification.id}/answer`, {
      answer: 'Depreciated hardware and capacity secured until 2029.',
    });
    await ok(lead, 'POST', `${bid(beta.bidId)}/clarifications/${clarification.id}/decision`, {
      decision: 'The calculation explains the price; it is not abnormally low (§ 60 (3) VgV).',
    });
    for (const { bidId } of [alpha, beta]) {
      await ok(lead, 'POST', `${bid(bidId)}/stages/priceCheck`, {
        outcome: 'passed',
        reasons: 'The price stands (see the clarification where one was asked).',
      });
    }

    // An award decision with the award stage still open is refused.
    const tooEarly = await call(lead, 'POST', `/tenders/${tenderId}/award-decision`, {
      suitabilityReconfirmedOn: '2026-03-05',
      reasons: 'Too early.',
    });
    expect(tooEarly.status).toBe(409);

    // Two evaluators score blind, each with justifications against the anchors.
    const [first, second] = await Promise.all(
      scene.evaluators.map((user) => scene.sessionOf(user)),
    );
    const scoring = `/tenders/${tenderId}/lots/1/scoring`;
    const sheet = (scores: Record<string, [number, number]>) => ({
      scores: [alpha, beta].flatMap(({ bidId }, index) =>
        Object.entries(scores).map(([criterionId, levels]) => ({
          bidId,
          criterionId,
          score: levels[index]!,
          justification: `Meets the anchor of level ${levels[index]} for ${criterionId}.`,
        })),
      ),
    });
    const unjustified = sheet({ concept: [4, 3], support: [3, 2] });
    unjustified.scores[0]!.justification = ' ';
    expect((await call(first!, 'PUT', `${scoring}/mine`, unjustified)).status).toBe(422);
    await ok(first!, 'PUT', `${scoring}/mine`, sheet({ concept: [4, 3], support: [3, 2] }));
    await ok(first!, 'POST', `${scoring}/mine/submission`);
    await ok(second!, 'PUT', `${scoring}/mine`, sheet({ concept: [4, 1], support: [3, 2] }));
    // Blind: the second evaluator sees nobody else's scores before submitting.
    const blind = await ok(second!, 'GET', scoring);
    expect(blind.others).toBeNull();
    expect(blind.divergences).toBeNull();
    await ok(second!, 'POST', `${scoring}/mine/submission`);
    expect((await ok(second!, 'GET', scoring)).others).toHaveLength(1);

    // The consensus; Beta's concept diverged (3 against 1), so the lead records a resolution.
    const consensus = (bidId: string, criterionId: string) =>
      `/tenders/${tenderId}/lots/1/consensus/${bidId}/${criterionId}`;
    const agreed: [string, string, number, string?][] = [
      [alpha.bidId, 'concept', 4],
      [alpha.bidId, 'support', 3],
      [beta.bidId, 'concept', 2, 'One read the roles as named, the other as sketched; named.'],
      [beta.bidId, 'support', 2],
    ];
    for (const [bidId, criterionId, score, resolution] of agreed) {
      await ok(lead, 'PUT', consensus(bidId, criterionId), {
        score,
        justification: `The panel agrees on level ${score} against the published anchors.`,
        ...(resolution !== undefined && { resolution }),
      });
    }

    // The official result; no other method runs on opened bids (§ 127 (5) GWB).
    const result = `/tenders/${tenderId}/lots/1/result`;
    const shopping = await call(lead, 'POST', result, {
      priceFormula: { kind: 'oneSidedLinear', zeroAtMultiple: 2 },
    });
    expect(shopping.status).toBe(422);
    expect(shopping.text).toContain('§ 127');
    const official = await ok(lead, 'POST', result, {});
    const stored = await database.db
      .selectFrom('tender_lot_result')
      .selectAll()
      .where('tender_id', '=', tenderId)
      .executeTakeFirstOrThrow();
    // Its ranking is the engine's for the same input.
    const input = JSON.parse(stored.input) as {
      scheme: unknown;
      bids: unknown[];
      options: Parameters<typeof evaluate>[2];
    };
    const engine = evaluate(
      EvaluationScheme.parse(input.scheme),
      input.bids.map((item) => EvaluatedBid.parse(item)),
      input.options,
    );
    expect(canonicalJson(engine)).toBe(stored.result);
    const ranked = (ranking: { id: string; rank: number | null }[]) =>
      ranking.map(({ id, rank }) => ({ id, rank }));
    expect(ranked(official.evaluation.ranking)).toEqual(ranked(engine.ranking));
    expect(official.evaluation.ranking.map((item: { id: string }) => item.id).sort()).toEqual(
      [alpha.bidId, beta.bidId].sort(),
    );
    // Recomputed from what is stored, and run again: the same bytes.
    expect(await ok(reviewer, 'POST', `${result}/verification`)).toMatchObject({
      sameBytes: true,
      inputUnchanged: true,
    });
    const again = await ok(lead, 'POST', result, {});
    expect(again.number).toBe(2);
    expect(again.resultSha256).toBe(official.resultSha256);

    await ok(
      lead,
      'POST',
      `/tenders/${tenderId}/award-decision`,
      {
        suitabilityReconfirmedOn: '2026-03-05',
        reasons: 'Every stage complete; suitability re-confirmed today.',
      },
      201,
    );
    expect((await ok(lead, 'GET', `/tenders/${tenderId}`)).state).toBe('evaluated');
  });

  it('evaluates the bids of a tender imported from the platform alike', async () => {
    const { ok, clock } = scene;
    clock.set('2026-01-15T09:00:00.000Z');
    const tenderId = await readyTender(database.db, scene.people);
    const value = ContractValueInput.parse({
      contractKind: 'suppliesServices',
      lots: [{ id: 'lot-1', basis: { kind: 'totalPrice', amount: '900000' } }],
    });
    await database.db
      .updateTable('tender')
      .set({ estimated_value: canonicalJson(value) })
      .where('id', '=', tenderId)
      .execute();
    const author = await scene.sessionOf(scene.people.lead);
    const { version } = await ok(author, 'GET', `/tenders/${tenderId}`);
    const requested = await ok(author, 'POST', `/tenders/${tenderId}/publication-request`, {
      version,
    });
    await ok(
      await scene.sessionOf(scene.people.second),
      'POST',
      `/tenders/${tenderId}/publication`,
      {
        version: requested.version,
      },
    );
    clock.set('2026-03-02T14:00:00.000Z');
    let lead = await scene.sessionOf(scene.people.lead);
    const { reference } = await ok(lead, 'GET', `/tenders/${tenderId}`);
    const content = {
      bidder: { kind: 'single', company: { name: 'Plattform AG', country: 'DE' } },
      answers: {},
      price: { kind: 'totalPrice', amount: 700_000 },
      declarations: { art5k: true, exclusionGrounds: true },
      declarant: { name: 'Erika Muster', function: 'Prokuristin' },
    };
    const form = new FormData();
    const file = {
      format: 'tenderwise-bid-import',
      version: 1,
      tenderReference: reference,
      platform: 'eVergabe Berlin',
      openedAt: '2026-03-02T12:30:00Z',
      bids: [{ lotNumber: 1, receivedAt: '2026-03-01T10:00:00Z', late: false, content }],
    };
    form.append('file', new File([JSON.stringify(file)], 'export.json'));
    form.append('openingRecord', new File(['%PDF-1.7 Niederschrift'], 'niederschrift.pdf'));
    form.append('platform', 'eVergabe Berlin');
    const imported = await scene.app.request(`/api/v1/tenders/${tenderId}/bid-imports`, {
      method: 'POST',
      headers: { ...lead.headers, 'sec-fetch-site': 'same-origin' },
      body: form,
    });
    expect(imported.status).toBe(201);
    const evaluation = await ok(lead, 'GET', `/tenders/${tenderId}/evaluation`);
    const [only] = evaluation.lots[0].bids;
    expect(only.stages.formal).toEqual({ state: 'open' });
    // Its bidder answers on the platform; an officer records what came in there.
    clock.set('2026-03-03T10:00:00.000Z');
    lead = await scene.sessionOf(scene.people.lead);
    const bid = `/tenders/${tenderId}/bids/${only.bidId}`;
    const request = await ok(
      lead,
      'POST',
      `${bid}/document-requests`,
      {
        stage: 'formal',
        document: 'The declaration on Art. 5k, signed',
        kind: 'company',
        action: 'complete',
        deadline: '2026-03-10',
      },
      201,
    );
    clock.set('2026-03-04T09:00:00.000Z');
    lead = await scene.sessionOf(scene.people.lead);
    await ok(lead, 'POST', `${bid}/document-requests/${request.id}/received-answer`, {
      receivedAt: '2026-03-03T15:30:00Z',
      documents: [{ ...document, sha256: sha('b') }],
    });
    const detail = await ok(lead, 'GET', `${bid}/evaluation`);
    expect(detail.documentRequests[0]).toMatchObject({
      answer: { answeredAt: '2026-03-03T15:30:00.000Z', channel: 'platform' },
    });
  });
});
