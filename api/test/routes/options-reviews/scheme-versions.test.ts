import { EvaluationScheme, evaluateExample } from '@tenderwise/schema';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { reviewsApp, type Caller } from './app.ts';

const edited = { ...evaluateExample.request.scheme, submissionDeadline: '2027-01-15' };
const [concept, price] = edited.award;

describeDatabase('scheme versions of an options review', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let officer: Caller;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    await catalogueLoaded(database.db, api.clock);
    ({ lead, officer } = await api.authority());
  });
  afterAll(() => database.close());

  const save = (by: Caller, id: string, body: unknown) =>
    api.call(by, 'POST', `/${id}/scheme-versions`, body);

  it('starts from a template, on the review’s reference date, and records which template', async () => {
    const id = await api.review(lead, [officer]);
    const saved = await save(officer, id, {
      basedOnVersion: null,
      source: { kind: 'template', templateId: 'state-collaboration-suite' },
    });
    expect(saved.status).toBe(201);
    const template = await api.app.request('/api/v1/templates/state-collaboration-suite');
    const { scheme, version } = (await template.json()) as { scheme: object; version: string };
    expect(saved.body.scheme).toEqual({ ...scheme, submissionDeadline: '2027-01-15' });
    expect(saved.body.origin).toEqual({
      kind: 'template',
      templateId: 'state-collaboration-suite',
      templateVersion: version,
    });
    const missing = await save(officer, id, {
      basedOnVersion: 1,
      source: { kind: 'template', templateId: 'no-such-template' },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ pointer: '/source/templateId' }),
    ]);
  });

  it('starts from catalogue entries, each of a legal type it admits', async () => {
    const id = await api.review(lead);
    const refused = await save(lead, id, {
      basedOnVersion: null,
      source: {
        kind: 'entries',
        criteria: [
          { entryId: 'csf.sov-1', legalType: 'award' },
          { entryId: 'assurance.c5-type-2', legalType: 'minimum' },
        ],
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ pointer: '/source/criteria/0/legalType' }),
    ]);
    const saved = await save(lead, id, {
      basedOnVersion: null,
      source: {
        kind: 'entries',
        criteria: [
          { entryId: 'c3a.sov-4-09-c', legalType: 'award' },
          { entryId: 'assurance.c5-type-2', legalType: 'minimum' },
          { entryId: 'cost.lcc-template', legalType: 'award' },
        ],
      },
    });
    expect(saved.status).toBe(201);
    expect(saved.body.origin).toEqual({
      kind: 'entries',
      entryIds: ['c3a.sov-4-09-c', 'assurance.c5-type-2', 'cost.lcc-template'],
    });
    expect(saved.body.scheme.minimumRequirements.map((item: { id: string }) => item.id)).toEqual([
      'assurance.c5-type-2',
    ]);
    expect(
      saved.body.scheme.award.map((node: { id: string; kind: string }) => [node.id, node.kind]),
    ).toEqual([
      ['c3a.sov-4-09-c', 'ordinal'],
      ['cost.lcc-template', 'price'],
    ]);
  });

  it('names the fields the engine names when it refuses a scheme', async () => {
    const id = await api.review(lead);
    const unbalanced = await save(lead, id, {
      basedOnVersion: null,
      source: {
        kind: 'edited',
        scheme: { ...edited, award: [{ ...concept, weightBp: 5000, anchors: [] }, price] },
      },
    });
    expect(unbalanced.status).toBe(422);
    expect(unbalanced.body.type).toBe('/api/problems/validation-failed');
    expect(unbalanced.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/source/scheme/award/0/weightBp' }),
        expect.objectContaining({ pointer: '/source/scheme/award/0/anchors' }),
      ]),
    );
    const malformed = await save(lead, id, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme: { ...edited, award: [{ ...concept, scale: 7 }, price] } },
    });
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors).toEqual([
      expect.objectContaining({ in: 'body', pointer: '/source/scheme/award/0/scale' }),
    ]);
    const otherDate = await save(lead, id, {
      basedOnVersion: null,
      source: { kind: 'edited', scheme: { ...edited, submissionDeadline: '2027-03-01' } },
    });
    expect(otherDate.body.errors).toEqual([
      expect.objectContaining({ pointer: '/source/scheme/submissionDeadline' }),
    ]);
    expect((await api.call(lead, 'GET', `/${id}/scheme-versions`)).body.versions).toEqual([]);
  });

  it('keeps every version as it was saved, which the database enforces too', async () => {
    const id = await api.review(lead);
    await save(lead, id, { basedOnVersion: null, source: { kind: 'blank' } });
    const first = await api.call(lead, 'GET', `/${id}/scheme-versions/1`);
    const second = await save(lead, id, {
      basedOnVersion: 1,
      source: { kind: 'edited', scheme: edited },
    });
    expect(second.body.number).toBe(2);
    expect(await api.call(lead, 'GET', `/${id}/scheme-versions/1`)).toEqual(first);
    expect((await api.call(lead, 'GET', `/${id}/scheme-versions/latest`)).body).toEqual(
      second.body,
    );
    await expect(
      sql`update options_review_scheme_version set note = 'changed' where review_id = ${id}`.execute(
        database.db,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`delete from options_review_scheme_version where review_id = ${id}`.execute(database.db),
    ).rejects.toThrow(/immutable/);
  });

  it('refuses a save over a version the editor has not seen', async () => {
    const id = await api.review(lead, [officer]);
    await save(lead, id, { basedOnVersion: null, source: { kind: 'blank' } });
    const first = await save(officer, id, {
      basedOnVersion: 1,
      source: { kind: 'edited', scheme: edited },
    });
    expect(first.status).toBe(201);
    const late = await save(lead, id, { basedOnVersion: 1, source: { kind: 'blank' } });
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/version 2 now/);
    expect((await api.call(lead, 'GET', `/${id}/scheme-versions/latest`)).body).toEqual(first.body);
  });

  it('saves the scheme on a new reference date as a new version', async () => {
    const id = await api.review(lead);
    await save(lead, id, { basedOnVersion: null, source: { kind: 'edited', scheme: edited } });
    const moved = await api.call(lead, 'PATCH', `/${id}`, {
      referenceDate: '2027-02-01',
      version: 1,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ referenceDate: '2027-02-01', latestSchemeVersion: 2 });
    const latest = (await api.call(lead, 'GET', `/${id}/scheme-versions/latest`)).body;
    expect(latest).toMatchObject({ number: 2, origin: { kind: 'referenceDate' } });
    expect(latest.scheme).toEqual({
      ...EvaluationScheme.parse(edited),
      submissionDeadline: '2027-02-01',
    });
    const stale = await api.call(lead, 'PATCH', `/${id}`, { title: 'Neu', version: 1 });
    expect(stale.status).toBe(409);
  });

  it('lists versions newest first, page by page, and reads one by number', async () => {
    const id = await api.review(lead);
    for (const basedOnVersion of [null, 1, 2]) {
      await save(lead, id, { basedOnVersion, source: { kind: 'blank' } });
    }
    const first = await api.call(lead, 'GET', `/${id}/scheme-versions?limit=2`);
    expect(first.body.versions.map((version: { number: number }) => version.number)).toEqual([
      3, 2,
    ]);
    expect(first.body.versions[0]).not.toHaveProperty('scheme');
    const rest = await api.call(
      lead,
      'GET',
      `/${id}/scheme-versions?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(rest.body).toMatchObject({ versions: [{ number: 1 }], nextCursor: null });
    const wrong = await api.call(lead, 'GET', `/${id}/scheme-versions?cursor=bm90LWEta2V5`);
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([
      expect.objectContaining({ in: 'query', pointer: '/cursor' }),
    ]);
    expect((await api.call(lead, 'GET', `/${id}/scheme-versions/4`)).status).toBe(404);
  });
});
