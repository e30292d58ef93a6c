import { afterAll, beforeAll, expect, it } from 'vitest';
import { findAdoptedWeights } from '../../../src/db/repositories/options-review-weights.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { reviewsApp, type Caller } from './app.ts';

const anchors = Array.from({ length: 6 }, (_, level) => ({
  de: `Stufe ${level}`,
  en: `Level ${level}`,
}));

/** Quality (security, exit) beside the price: two sibling sets of two. */
const scheme = {
  schemaVersion: 1,
  id: 'collaboration',
  title: { de: 'Zusammenarbeit', en: 'Collaboration' },
  currency: 'EUR',
  submissionDeadline: '2027-01-15',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'totalPrice' },
  award: [
    {
      kind: 'group',
      id: 'quality',
      parentId: null,
      title: { de: 'Qualität', en: 'Quality' },
      weightBp: 6000,
    },
    {
      kind: 'ordinal',
      id: 'security',
      parentId: 'quality',
      title: { de: 'Sicherheit', en: 'Security' },
      weightBp: 5000,
      subject: 'service',
      scale: 5,
      anchors,
    },
    {
      kind: 'ordinal',
      id: 'exit',
      parentId: 'quality',
      title: { de: 'Ausstieg', en: 'Exit' },
      weightBp: 5000,
      subject: 'service',
      scale: 5,
      anchors,
    },
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Preis', en: 'Price' },
      weightBp: 4000,
    },
  ],
};

const ahp = (parentId: string | null, first: string, second: string, ratio: number) => ({
  parentId,
  method: 'ahp',
  items: [{ id: first }, { id: second }],
  judgements: [
    [1, ratio],
    [1 / ratio, 1],
  ],
});

describeDatabase('weighting together in an options review', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let officer: Caller;
  let reviewer: Caller;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    ({ lead, officer, reviewer } = await api.authority());
  });
  afterAll(() => database.close());

  async function weighedReview() {
    const id = await api.review(lead, [officer, reviewer]);
    const saved = await api.call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    if (saved.status !== 201) throw new Error(JSON.stringify(saved.body));
    return id;
  }

  const save = (caller: Caller, id: string, sets: unknown[]) =>
    api.call(caller, 'PUT', `/${id}/weighting/my-weight-set`, { schemeVersion: 1, sets });

  /** The hand-checked example: three members, three methods per set. */
  async function threeMembersWeigh(id: string) {
    // Quality 3 times as important as price: 3/4 and 1/4. Security first by rank: ROC 3/4, 1/4.
    expect(
      (
        await save(lead, id, [
          ahp(null, 'quality', 'price', 3),
          {
            parentId: 'quality',
            method: 'rankOrderCentroid',
            items: [
              { id: 'security', rank: 1 },
              { id: 'exit', rank: 2 },
            ],
          },
        ])
      ).status,
    ).toBe(200);
    // Price 3 times as important: 1/4, 3/4. Swing 100 and 50: 2/3 and 1/3.
    expect(
      (
        await save(officer, id, [
          ahp(null, 'price', 'quality', 3),
          {
            parentId: 'quality',
            method: 'swing',
            items: [
              { id: 'security', points: 100 },
              { id: 'exit', points: 50 },
            ],
          },
        ])
      ).status,
    ).toBe(200);
    // Points 60/40 at the top; exit 4 times as important as security: 1/5 and 4/5.
    const last = await save(reviewer, id, [
      {
        parentId: null,
        method: 'directPoints',
        items: [
          { id: 'quality', points: 60 },
          { id: 'price', points: 40 },
        ],
      },
      ahp('quality', 'security', 'exit', 0.25),
    ]);
    expect(last.status).toBe(200);
    return last.body;
  }

  it('aggregates the members’ weights: geometric mean of the judgements and mean of the weights', async () => {
    const id = await weighedReview();
    const weighting = await threeMembersWeigh(id);
    expect(weighting.siblingSets).toEqual([
      {
        parentId: null,
        nodeIds: ['quality', 'price'],
        schemeWeightsBp: { quality: 6000, price: 4000 },
      },
      {
        parentId: 'quality',
        nodeIds: ['security', 'exit'],
        schemeWeightsBp: { security: 5000, exit: 5000 },
      },
    ]);
    const byMember = Object.fromEntries(
      weighting.memberSets.map((set: any) => [set.userId, set.weightsBp]),
    );
    expect(byMember).toEqual({
      [lead.id]: { quality: 7500, security: 7500, exit: 2500, price: 2500 },
      [officer.id]: { quality: 2500, security: 6667, exit: 3333, price: 7500 },
      [reviewer.id]: { quality: 6000, security: 2000, exit: 8000, price: 4000 },
    });
    // √(3 · 1/3) = 1 at the top, from two members; the reviewer alone compared security and exit.
    expect(weighting.group.geometricMean).toMatchObject({
      sets: [
        { parentId: null, members: 2, weightsBp: { quality: 5000, price: 5000 } },
        { parentId: 'quality', members: 1, weightsBp: { security: 2000, exit: 8000 } },
      ],
      weightsBp: { quality: 5000, security: 2000, exit: 8000, price: 5000 },
    });
    expect(weighting.group.geometricMean.sets[0].consistency).toMatchObject({
      consistencyRatio: 0,
      acceptable: true,
    });
    // Means over three: quality 16000/3 = 5333.3, price 4666.7; security 16167/3 = 5389, exit 4611.
    expect(weighting.group.mean).toMatchObject({
      sets: [
        { parentId: null, members: 3, weightsBp: { quality: 5333, price: 4667 } },
        { parentId: 'quality', members: 3, weightsBp: { security: 5389, exit: 4611 } },
      ],
      weightsBp: { quality: 5333, security: 5389, exit: 4611, price: 4667 },
    });
    // Not blind: the reviewer reads the others' sets.
    const read = await api.call(reviewer, 'GET', `/${id}/weighting`);
    expect(read.status).toBe(200);
    expect(read.body.memberSets).toHaveLength(3);
  });

  it('replaces a member’s set when saved again, with the set before and after in the audit log', async () => {
    const id = await weighedReview();
    await threeMembersWeigh(id);
    const again = await save(lead, id, [
      ahp(null, 'quality', 'price', 1),
      ahp('quality', 'security', 'exit', 1),
    ]);
    expect(again.status).toBe(200);
    const mine = again.body.memberSets.filter((set: any) => set.userId === lead.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].weightsBp).toEqual({ quality: 5000, security: 5000, exit: 5000, price: 5000 });
    const entries = await database.db
      .selectFrom('audit_entry')
      .select(['before_hash', 'after_hash'])
      .where('action', '=', 'options_review.weights.saved')
      .where('object_id', '=', id)
      .where('outcome', '=', 'succeeded')
      .execute();
    expect(entries).toHaveLength(4);
    expect(entries.filter((entry) => entry.before_hash !== null)).toHaveLength(1);
  });

  it('refuses a set that leaves out a sibling set or breaks a method’s rule', async () => {
    const id = await weighedReview();
    const partial = await save(officer, id, [ahp(null, 'quality', 'price', 2)]);
    expect(partial.status).toBe(422);
    const offScale = await save(officer, id, [
      ahp(null, 'quality', 'price', 12),
      ahp('quality', 'security', 'exit', 1),
    ]);
    expect(offScale.status).toBe(422);
    expect(offScale.body.errors[0].pointer).toMatch(/^\/sets\/0\/judgements\//);
  });

  it('appends adoptions with their reasons; the latest is the adopted weights', async () => {
    const id = await weighedReview();
    await threeMembersWeigh(id);
    const first = await api.call(lead, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'geometricMean',
      reason: 'Der Ausschuss folgt den Paarvergleichen.',
    });
    expect(first.status).toBe(201);
    const second = await api.call(lead, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'member',
      memberUserId: reviewer.id,
      reason: 'Die Sicht der Fachseite überzeugt.',
    });
    expect(second.status).toBe(201);
    const third = await api.call(lead, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'custom',
      weightsBp: { quality: 7000, price: 3000, security: 5000, exit: 5000 },
      reason: 'Im Termin vereinbart.',
    });
    expect(third.status).toBe(201);
    expect(
      third.body.adoptions.map((item: any) => [
        item.number,
        item.kind,
        item.weightsBp,
        item.reason,
      ]),
    ).toEqual([
      [
        1,
        'geometricMean',
        { exit: 8000, price: 5000, quality: 5000, security: 2000 },
        'Der Ausschuss folgt den Paarvergleichen.',
      ],
      [
        2,
        'member',
        { exit: 8000, price: 4000, quality: 6000, security: 2000 },
        'Die Sicht der Fachseite überzeugt.',
      ],
      [
        3,
        'custom',
        { exit: 5000, price: 3000, quality: 7000, security: 5000 },
        'Im Termin vereinbart.',
      ],
    ]);
    expect(third.body.adopted).toEqual(third.body.adoptions[2]);
    const adopted = await findAdoptedWeights(database.db, id, 1);
    expect(adopted).toMatchObject({ kind: 'custom', adoptionId: third.body.adopted.id });

    const badSum = await api.call(lead, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'custom',
      weightsBp: { quality: 7000, price: 2000, security: 5000, exit: 5000 },
      reason: 'Vertippt',
    });
    expect(badSum.status).toBe(422);
    const noReason = await api.call(lead, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'mean',
      reason: '  ',
    });
    expect(noReason.status).toBe(422);
  });

  it('refuses the geometric mean while a sibling set has no pairwise judgements', async () => {
    const id = await weighedReview();
    await save(officer, id, [
      ahp(null, 'quality', 'price', 2),
      {
        parentId: 'quality',
        method: 'directPoints',
        items: [
          { id: 'security', points: 1 },
          { id: 'exit', points: 1 },
        ],
      },
    ]);
    const adopt = await api.call(lead, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'geometricMean',
      reason: 'Paarvergleiche',
    });
    expect(adopt.status).toBe(409);
  });

  it('lets reviewers weigh but not adopt', async () => {
    const id = await weighedReview();
    await threeMembersWeigh(id);
    const adopt = await api.call(reviewer, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'mean',
      reason: 'Mittel',
    });
    expect(adopt.status).toBe(403);
    const byOfficer = await api.call(officer, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'mean',
      reason: 'Mittel',
    });
    expect(byOfficer.status).toBe(403);
  });

  it('records the adoption a concluding review used and takes no changes after', async () => {
    const id = await weighedReview();
    await threeMembersWeigh(id);
    const adopted = await api.call(lead, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'mean',
      reason: 'Mittel der Gewichtungen',
    });
    expect((await api.call(lead, 'POST', `/${id}/options`, { name: 'openDesk' })).status).toBe(201);
    expect((await api.call(lead, 'PUT', `/${id}/status`, { status: 'inReview' })).status).toBe(200);
    const concluded = await api.call(lead, 'PUT', `/${id}/status`, { status: 'concluded' });
    expect(concluded.status).toBe(200);
    expect(concluded.body.conclusion.weightAdoptionId).toBe(adopted.body.adopted.id);

    expect(
      (
        await save(reviewer, id, [
          ahp(null, 'quality', 'price', 1),
          ahp('quality', 'security', 'exit', 1),
        ])
      ).status,
    ).toBe(409);
    const again = await api.call(lead, 'POST', `/${id}/weighting/adoptions`, {
      schemeVersion: 1,
      kind: 'mean',
      reason: 'Nachträglich',
    });
    expect(again.status).toBe(409);
    expect((await api.call(reviewer, 'GET', `/${id}/weighting`)).status).toBe(200);
  });

  it('answers 404 to another authority’s officer and to a colleague who takes no part', async () => {
    const id = await weighedReview();
    const stranger = await api.signIn('officer');
    const colleague = await api.signIn('officer', lead.organisationId);
    for (const caller of [stranger, colleague]) {
      expect((await api.call(caller, 'GET', `/${id}/weighting`)).status).toBe(404);
      expect((await save(caller, id, [ahp(null, 'quality', 'price', 1)])).status).toBe(404);
      const adopt = await api.call(caller, 'POST', `/${id}/weighting/adoptions`, {
        schemeVersion: 1,
        kind: 'mean',
        reason: 'Mittel',
      });
      expect(adopt.status).toBe(404);
    }
  });
});
