import { evaluateExample } from '@tenderwise/schema';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canonicalHash } from '../../../src/engine/canonical/canonical-json.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { reviewsApp } from './app.ts';

const edited = { ...evaluateExample.request.scheme, submissionDeadline: '2027-01-15' };

describeDatabase('options reviews from draft to conclusion', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
  });
  afterAll(() => database.close());

  it('concludes a review on its latest scheme version and records that version’s commitment', async () => {
    const { lead, officer, reviewer } = await api.authority();
    const id = await api.review(lead, [officer, reviewer]);
    const { call } = api;

    const started = await call(lead, 'GET', `/${id}`);
    expect(started.body).toMatchObject({ status: 'draft', latestSchemeVersion: null, version: 3 });
    const memberIds = started.body.members.map((member: { userId: string }) => member.userId);
    expect(memberIds[0]).toBe(lead.id);
    expect([...memberIds].sort()).toEqual([lead.id, officer.id, reviewer.id].sort());
    expect((await call(lead, 'PUT', `/${id}/status`, { status: 'inReview' })).status).toBe(409);

    const blank = await call(officer, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'blank' },
    });
    expect(blank.status).toBe(201);
    const second = await call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: 1,
      note: 'Betriebskonzept ergänzt',
      source: { kind: 'edited', scheme: edited },
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ number: 2, origin: { kind: 'edited' } });
    expect(second.body.commitment).toBe(canonicalHash(second.body.scheme));

    expect((await call(lead, 'PUT', `/${id}/status`, { status: 'inReview' })).status).toBe(200);
    // Concluding needs an option to have compared.
    expect((await call(lead, 'PUT', `/${id}/status`, { status: 'concluded' })).status).toBe(409);
    const option = await call(officer, 'POST', `/${id}/options`, { name: 'openDesk' });
    expect(option.status).toBe(201);

    const concluded = await call(lead, 'PUT', `/${id}/status`, { status: 'concluded' });
    expect(concluded.status).toBe(200);
    expect(concluded.body).toMatchObject({
      status: 'concluded',
      conclusion: { schemeVersion: 2, schemeCommitment: second.body.commitment },
    });
    expect((await call(reviewer, 'GET', `/${id}`)).body.conclusion).toEqual(
      concluded.body.conclusion,
    );
  });

  it('does not conclude on a scheme whose stored text no longer matches its commitment', async () => {
    const { lead } = await api.authority();
    const id = await api.review(lead);
    await api.call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'blank' },
    });
    await api.call(lead, 'POST', `/${id}/options`, { name: 'A' });
    await api.call(lead, 'PUT', `/${id}/status`, { status: 'inReview' });
    // Only somebody who may switch the triggers off can do this; the conclusion notices.
    await sql`alter table options_review_scheme_version disable trigger user`.execute(database.db);
    await sql`update options_review_scheme_version set scheme = replace(scheme, '"EUR"', '"USD"')
      where review_id = ${id}`.execute(database.db);
    await sql`alter table options_review_scheme_version enable trigger user`.execute(database.db);
    expect((await api.call(lead, 'PUT', `/${id}/status`, { status: 'concluded' })).status).toBe(
      500,
    );
    expect((await api.call(lead, 'GET', `/${id}`)).body.status).toBe('inReview');
  });

  it('refuses every change to a concluded review with 409 and still shows it', async () => {
    const { lead, officer, reviewer } = await api.authority();
    const extra = await api.signIn('reviewer', lead.organisationId);
    const id = await api.review(lead, [officer]);
    const { call } = api;
    await call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'blank' },
    });
    const option = (await call(lead, 'POST', `/${id}/options`, { name: 'A' })).body;
    await call(lead, 'PUT', `/${id}/status`, { status: 'inReview' });
    const concluded = await call(lead, 'PUT', `/${id}/status`, { status: 'concluded' });
    expect(concluded.status).toBe(200);
    const version = concluded.body.version;

    const changes: [string, string, unknown?][] = [
      ['PATCH', `/${id}`, { title: 'Neu', version }],
      ['PUT', `/${id}/status`, { status: 'inReview' }],
      ['PUT', `/${id}/status`, { status: 'draft' }],
      ['POST', `/${id}/members`, { userId: extra.id }],
      ['DELETE', `/${id}/members/${officer.id}`],
      ['PUT', `/${id}/lead`, { userId: officer.id }],
      ['POST', `/${id}/scheme-versions`, { basedOnVersion: 1, source: { kind: 'blank' } }],
      ['POST', `/${id}/options`, { name: 'B' }],
      ['PUT', `/${id}/options/${option.id}`, { name: 'A2', version: 1 }],
      ['DELETE', `/${id}/options/${option.id}`],
    ];
    for (const [method, path, body] of changes) {
      const answer = await call(lead, method, path, body);
      expect([method, path, answer.status]).toEqual([method, path, 409]);
      expect(answer.body.detail).toMatch(/concluded/);
    }
    expect((await call(lead, 'GET', `/${id}`)).body).toEqual(concluded.body);
    expect((await call(officer, 'GET', `/${id}/options`)).body.options).toHaveLength(1);
    // The reviewer never took part: still nobody's business.
    expect((await call(reviewer, 'GET', `/${id}`)).status).toBe(404);
  });

  it('passes the lead on: the former lead stays a member without the lead’s rights', async () => {
    const { lead, officer, reviewer } = await api.authority();
    const id = await api.review(lead, [officer, reviewer]);
    const { call } = api;
    expect((await call(lead, 'PUT', `/${id}/lead`, { userId: reviewer.id })).status).toBe(422);
    const passed = await call(lead, 'PUT', `/${id}/lead`, { userId: officer.id });
    expect(passed.status).toBe(200);
    expect(passed.body.leadUserId).toBe(officer.id);
    expect(passed.body.members[0]).toMatchObject({ userId: officer.id, lead: true });

    expect((await call(lead, 'PATCH', `/${id}`, { title: 'X', version: 5 })).status).toBe(403);
    expect((await call(lead, 'GET', `/${id}`)).status).toBe(200);
    // The new lead may remove the former one, who then no longer finds the review.
    expect((await call(officer, 'DELETE', `/${id}/members/${officer.id}`)).status).toBe(409);
    expect((await call(officer, 'DELETE', `/${id}/members/${lead.id}`)).status).toBe(200);
    expect((await call(lead, 'GET', `/${id}`)).status).toBe(404);
  });

  it('writes an audit entry for every change, in the change’s transaction, and for a refused one', async () => {
    const { lead, officer } = await api.authority();
    const id = await api.review(lead, [officer]);
    const { call } = api;
    await call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'blank' },
    });
    const option = (await call(officer, 'POST', `/${id}/options`, { name: 'A' })).body;
    await call(officer, 'PUT', `/${id}/options/${option.id}`, { name: 'A2', version: 1 });
    // Stale: refused, and recorded as such.
    await call(lead, 'PUT', `/${id}/options/${option.id}`, { name: 'A3', version: 1 });
    await call(lead, 'PATCH', `/${id}`, { referenceDate: '2027-02-01', version: 2 });
    await call(officer, 'DELETE', `/${id}/options/${option.id}`);

    const entries = await database.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome', 'object_type', 'actor_id', 'after_hash'])
      .where('object_id', 'in', [id, option.id])
      .orderBy('seq')
      .execute();
    expect(entries.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['options_review.review.created', 'succeeded'],
      ['options_review.member.added', 'succeeded'],
      ['options_review.scheme.saved', 'succeeded'],
      ['options_review.option.created', 'succeeded'],
      ['options_review.option.updated', 'succeeded'],
      ['options_review.option.updated', 'refused'],
      ['options_review.review.updated', 'succeeded'],
      ['options_review.scheme.saved', 'succeeded'],
      ['options_review.option.deleted', 'succeeded'],
    ]);
    expect(entries[3]).toMatchObject({
      object_type: 'options_review_option',
      actor_id: officer.id,
    });
    expect(
      entries
        .filter(
          (entry) =>
            entry.outcome === 'succeeded' && entry.action !== 'options_review.option.deleted',
        )
        .every((entry) => entry.after_hash !== null),
    ).toBe(true);
  });
});
