import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { reviewsApp, type Caller } from './app.ts';

describeDatabase('who reaches an options review', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
  });
  afterAll(() => database.close());

  /** A review with a scheme and an option, led by `lead`; what requests about it need. */
  async function furnished(lead: Caller, members: Caller[]) {
    const id = await api.review(lead, members);
    await api.call(lead, 'POST', `/${id}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'blank' },
    });
    const option = (await api.call(lead, 'POST', `/${id}/options`, { name: 'A' })).body;
    return { id, optionId: option.id as string };
  }

  /** Every operation on one review, each with a request that its lead could send. */
  function everyOperation(
    id: string,
    optionId: string,
    someone: string,
  ): [string, string, unknown?][] {
    return [
      ['GET', `/${id}`],
      ['PATCH', `/${id}`, { title: 'Neu', version: 2 }],
      ['PUT', `/${id}/status`, { status: 'inReview' }],
      ['POST', `/${id}/members`, { userId: someone }],
      ['DELETE', `/${id}/members/${someone}`],
      ['PUT', `/${id}/lead`, { userId: someone }],
      ['POST', `/${id}/scheme-versions`, { basedOnVersion: 1, source: { kind: 'blank' } }],
      ['GET', `/${id}/scheme-versions`],
      ['GET', `/${id}/scheme-versions/1`],
      ['GET', `/${id}/options`],
      ['POST', `/${id}/options`, { name: 'B' }],
      ['PUT', `/${id}/options/${optionId}`, { name: 'A2', version: 1 }],
      ['DELETE', `/${id}/options/${optionId}`],
    ];
  }

  it('answers another authority’s users and colleagues who take no part as if the review did not exist', async () => {
    const home = await api.authority();
    const other = await api.authority();
    const removed = await api.signIn('reviewer', home.id);
    const { id, optionId } = await furnished(home.lead, [home.reviewer, removed]);
    await api.call(home.lead, 'DELETE', `/${id}/members/${removed.id}`);
    const before = (await api.call(home.lead, 'GET', `/${id}`)).body;
    const missing = everyOperation(randomUUID(), randomUUID(), home.reviewer.id);

    const outsiders = {
      'another authority’s officer': other.lead,
      'another authority’s reviewer': other.reviewer,
      'a colleague officer who takes no part': home.officer,
      'a removed member': removed,
    };
    const answers: string[] = [];
    for (const [who, caller] of Object.entries(outsiders)) {
      const operations = everyOperation(id, optionId, home.reviewer.id);
      for (const [index, [method, path, body]] of operations.entries()) {
        const answer = (await api.call(caller, method, path, body)).status;
        const [, missingPath] = missing[index]!;
        const asIfMissing = (await api.call(caller, method, missingPath, body)).status;
        // 404 wherever the caller's role may act on some review; a reviewer asking for what
        // only officers may do is refused by role (403) before any review is looked up.
        const expected = who.includes('reviewer') || who.includes('member') ? [403, 404] : [404];
        if (answer !== asIfMissing || !expected.includes(answer)) {
          answers.push(`${who}: ${method} ${path} → ${answer}, missing → ${asIfMissing}`);
        }
        if (method === 'GET' && answer !== 404)
          answers.push(`${who}: ${method} ${path} → ${answer}`);
      }
      const listed = await api.call(caller, 'GET', '');
      expect(listed.body.reviews.map((review: { id: string }) => review.id)).not.toContain(id);
    }
    expect(answers).toEqual([]);
    expect((await api.call(home.lead, 'GET', `/${id}`)).body).toEqual(before);
  });

  it('keeps members who do not lead from what only the lead may do', async () => {
    const { lead, officer, reviewer } = await api.authority();
    const { id, optionId } = await furnished(lead, [officer, reviewer]);
    const leadOnly = (someone: string): [string, string, unknown?][] => [
      ['PATCH', `/${id}`, { title: 'Neu', version: 3 }],
      ['PUT', `/${id}/status`, { status: 'inReview' }],
      ['POST', `/${id}/members`, { userId: someone }],
      ['DELETE', `/${id}/members/${someone}`],
      ['PUT', `/${id}/lead`, { userId: someone }],
    ];
    const editing: [string, string, unknown?][] = [
      ['POST', `/${id}/scheme-versions`, { basedOnVersion: 1, source: { kind: 'blank' } }],
      ['POST', `/${id}/options`, { name: 'B' }],
      ['PUT', `/${id}/options/${optionId}`, { name: 'A2', version: 1 }],
      ['DELETE', `/${id}/options/${optionId}`],
    ];
    const refused = async (caller: Caller, requests: [string, string, unknown?][]) => {
      const statuses = [];
      for (const [method, path, body] of requests) {
        statuses.push((await api.call(caller, method, path, body)).status);
      }
      return statuses;
    };
    expect(await refused(reviewer, [...leadOnly(officer.id), ...editing])).toEqual(
      Array(9).fill(403),
    );
    expect(await refused(officer, leadOnly(reviewer.id))).toEqual(Array(5).fill(403));
    expect(await refused(officer, editing)).toEqual([201, 201, 200, 204]);
    for (const path of [`/${id}`, `/${id}/scheme-versions/latest`, `/${id}/options`]) {
      expect((await api.call(reviewer, 'GET', path)).status).toBe(200);
    }
  });

  it('makes no member of an administrator, who reaches no review', async () => {
    const { id: authorityId, lead } = await api.authority();
    const admin = await api.signIn('admin', authorityId);
    const id = await api.review(lead);
    const added = await api.call(lead, 'POST', `/${id}/members`, { userId: admin.id });
    expect(added.status).toBe(422);
    expect(added.body.errors).toEqual([expect.objectContaining({ pointer: '/userId' })]);
    for (const [method, path] of [
      ['GET', ''],
      ['GET', `/${id}`],
    ] as const) {
      expect((await api.call(admin, method, path)).status).toBe(403);
    }
    const created = await api.call(admin, 'POST', '', {
      title: 'X',
      purpose: 'Y',
      referenceDate: '2027-01-15',
    });
    expect(created.status).toBe(403);
  });

  it('lists the reviews the caller takes part in, newest first, page by page', async () => {
    const { lead, reviewer } = await api.authority();
    const ids: string[] = [];
    for (const members of [[reviewer], [], [reviewer], [reviewer]]) {
      api.clock.advance(60_000);
      ids.push(await api.review(lead, members));
    }
    await api.call(lead, 'POST', `/${ids[3]}/scheme-versions`, {
      basedOnVersion: null,
      source: { kind: 'blank' },
    });
    await api.call(lead, 'PUT', `/${ids[3]}/status`, { status: 'inReview' });

    const first = await api.call(reviewer, 'GET', '?limit=2');
    expect(first.body.reviews.map((review: { id: string }) => review.id)).toEqual([ids[3], ids[2]]);
    expect(first.body.reviews[0]).toMatchObject({
      status: 'inReview',
      latestSchemeVersion: 1,
      optionCount: 0,
    });
    const second = await api.call(reviewer, 'GET', `?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ reviews: [{ id: ids[0] }], nextCursor: null });
    const drafts = await api.call(reviewer, 'GET', '?status=draft');
    expect(drafts.body.reviews.map((review: { id: string }) => review.id)).toEqual([
      ids[2],
      ids[0],
    ]);
    expect((await api.call(lead, 'GET', '')).body.reviews).toHaveLength(4);
    expect((await api.call(reviewer, 'GET', '?limit=0')).status).toBe(422);
  });
});
