import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { reviewsApp, type Caller } from './app.ts';

const scheme = {
  schemaVersion: 1,
  id: 'collaboration',
  title: { de: 'Zusammenarbeit', en: 'Collaboration' },
  currency: 'EUR',
  submissionDeadline: '2027-01-15',
  method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
  price: { kind: 'lifeCycleCost', termYears: 4 },
  minimumRequirements: [
    { id: 'eu-data', legalType: 'minimum', title: { de: 'Daten in der EU', en: 'Data in the EU' } },
  ],
  award: [
    {
      kind: 'metric',
      id: 'availability',
      parentId: null,
      title: { de: 'Verfügbarkeit', en: 'Availability' },
      weightBp: 3000,
      subject: 'service',
      unit: '%',
      utility: { kind: 'linear', worst: 99, best: 99.99 },
    },
    {
      kind: 'attestation',
      id: 'c5',
      parentId: null,
      title: { de: 'C5-Testat', en: 'C5 attestation' },
      weightBp: 3000,
      subject: 'service',
      rules: [{ scheme: 'bsi-c5', type: 'type2', points: 100 }],
    },
    {
      kind: 'price',
      id: 'price',
      parentId: null,
      title: { de: 'Kosten', en: 'Cost' },
      weightBp: 4000,
    },
  ],
};

const offer = {
  answers: { 'eu-data': 'Rechenzentren in Frankfurt und Magdeburg' },
  assessments: {
    availability: { kind: 'metric', value: 99.95 },
    c5: {
      kind: 'attestation',
      evidence: [
        {
          scheme: 'bsi-c5',
          type: 'type2',
          coversOfferedService: true,
          validFrom: '2026-03-01',
          validUntil: '2027-02-28',
        },
      ],
    },
  },
  price: {
    kind: 'lifeCycleCost',
    costs: {
      oneOff: 250000,
      migrationIn: 400000,
      recurringPerYear: [1200000, 1200000, 1250000, 1300000],
      egressPerYear: 0,
      exit: 150000.5,
    },
  },
};

describeDatabase('options of an options review', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let officer: Caller;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    ({ lead, officer } = await api.authority());
  });
  afterAll(() => database.close());

  async function reviewWithScheme() {
    const id = await api.review(lead, [officer]);
    const saved = await api.call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme },
    });
    if (saved.status !== 201) throw new Error(JSON.stringify(saved.body));
    return id;
  }

  it('keeps an offer’s data per criterion exactly as entered', async () => {
    const id = await reviewWithScheme();
    const created = await api.call(officer, 'POST', `/${id}/options`, {
      name: 'openDesk beim Landesdienstleister',
      vendorName: 'Dataport (fiktiv)',
      serviceName: 'openDesk',
      offer,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      version: 1,
      checkedAgainstSchemeVersion: 1,
      vendorName: 'Dataport (fiktiv)',
      offer,
    });
    const listed = await api.call(lead, 'GET', `/${id}/options`);
    expect(listed.body).toEqual({ options: [created.body], nextCursor: null });
  });

  it('lets two editors never overwrite each other: the later save of the same version conflicts', async () => {
    const id = await reviewWithScheme();
    const option = (await api.call(lead, 'POST', `/${id}/options`, { name: 'Hyperscaler' })).body;
    const first = await api.call(lead, 'PUT', `/${id}/options/${option.id}`, {
      name: 'Hyperscaler mit EU-Region',
      offer: { answers: { 'eu-data': 'EU-Region' } },
      version: 1,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, updatedBy: lead.id });
    const second = await api.call(officer, 'PUT', `/${id}/options/${option.id}`, {
      name: 'Hyperscaler',
      vendorName: 'Cloud Inc.',
      version: 1,
    });
    expect(second.status).toBe(409);
    expect(second.body.type).toBe('/api/problems/conflict');
    expect(second.body.detail).toMatch(/version 2 now/);
    expect(
      (await api.call(officer, 'DELETE', `/${id}/options/${option.id}?version=1`)).status,
    ).toBe(409);
    const kept = (await api.call(officer, 'GET', `/${id}/options`)).body.options;
    expect(kept).toEqual([first.body]);
    expect(
      (await api.call(officer, 'DELETE', `/${id}/options/${option.id}?version=2`)).status,
    ).toBe(204);
    expect((await api.call(officer, 'GET', `/${id}/options`)).body.options).toEqual([]);
  });

  it('names the offer’s fields that do not fit the scheme, and a name used twice', async () => {
    const id = await reviewWithScheme();
    await api.call(lead, 'POST', `/${id}/options`, { name: 'Souveräne Cloud' });
    const refused = await api.call(lead, 'POST', `/${id}/options`, {
      name: 'souveräne cloud',
      offer: {
        answers: { ghost: 'x' },
        assessments: { c5: { kind: 'metric', value: 1 } },
        price: { kind: 'totalPrice', amount: 10 },
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      '/name',
      '/offer/answers/ghost',
      '/offer/assessments/c5/kind',
      '/offer/price/kind',
    ]);
    const shapeless = await api.call(lead, 'POST', `/${id}/options`, {
      name: 'X',
      offer: { assessments: { availability: { kind: 'metric' } } },
    });
    expect(shapeless.status).toBe(422);
    expect(shapeless.body.errors).toEqual([
      expect.objectContaining({ pointer: '/offer/assessments/availability/value' }),
    ]);
  });

  it('takes options by name only until the review has a scheme', async () => {
    const id = await api.review(lead);
    expect((await api.call(lead, 'POST', `/${id}/options`, { name: 'Nur ein Name' })).status).toBe(
      201,
    );
    const early = await api.call(lead, 'POST', `/${id}/options`, { name: 'Mit Daten', offer });
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([expect.objectContaining({ pointer: '/offer' })]);
  });

  it('answers 404 for an option of another review, even one the caller takes part in', async () => {
    const first = await reviewWithScheme();
    const second = await reviewWithScheme();
    const option = (await api.call(lead, 'POST', `/${first}/options`, { name: 'A' })).body;
    const moved = await api.call(lead, 'PUT', `/${second}/options/${option.id}`, {
      name: 'B',
      version: 1,
    });
    expect(moved.status).toBe(404);
    expect((await api.call(lead, 'DELETE', `/${second}/options/${option.id}`)).status).toBe(404);
  });
});
