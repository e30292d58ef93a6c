import { TenderResponse } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { reviewsApp } from '../options-reviews/app.ts';

describeDatabase('tenders over HTTP', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('creates a tender, sets its deadlines and reads the checked result, with problems for bad input', async () => {
    const api = reviewsApp(database.db);
    api.clock.set('2027-01-11T09:00:00.000Z');
    const { lead } = await api.authority();
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await api.app.request(`/api/v1/tenders${path}`, {
        method,
        headers: {
          ...lead.headers,
          'sec-fetch-site': 'same-origin',
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    const input = {
      reference: 'VG-HTTP-1',
      title: 'Kollaborationsplattform',
      regime: 'VgV',
      procedureType: 'vgv.open',
      land: 'DE-BE',
      authorityKind: 'otherPublicAuthority',
      contractKind: 'suppliesServices',
    };
    const created = await call('POST', '', input);
    expect(created.status).toBe(201);
    const id = created.body.id as string;

    const again = await call('POST', '', input);
    expect(again.status).toBe(409);
    expect(again.body.type).toBeDefined();

    // Hand-checked in test/services/tenders/deadlines.test.ts: 35 days from Mon 11.01.2027
    // end with Mon 15.02.2027; a deadline at noon that day is below the minimum, still saved.
    const early = await call('PUT', `/${id}/deadlines`, {
      submissionDeadline: '2027-02-15T12:00',
      version: 1,
    });
    expect(early.status).toBe(200);
    expect(early.body.checks.errors.map((f: { code: string }) => f.code)).toEqual([
      'belowMinimumPeriod',
    ]);
    expect(early.body.checks.submission.earliestDeadline).toBe(
      '2027-02-16T00:00:00+01:00[Europe/Berlin]',
    );

    const skipped = await call('PUT', `/${id}/deadlines`, {
      submissionDeadline: '2027-03-28T02:30',
      version: 2,
    });
    expect(skipped.status).toBe(422);
    expect(skipped.body.errors[0].pointer).toBe('/submissionDeadline');

    const stale = await call('PUT', `/${id}/deadlines`, {
      submissionDeadline: '2027-03-01T12:00',
      version: 1,
    });
    expect(stale.status).toBe(409);

    const read = await call('GET', `/${id}`);
    expect(read.status).toBe(200);
    const tender = TenderResponse.parse(read.body);
    expect(tender.version).toBe(2);
    expect(tender.deadlines.submissionDeadline).toBe('2027-02-15T11:00:00.000Z');
    expect(tender.deadlines.checks?.errors.map((f) => f.code)).toEqual(['belowMinimumPeriod']);
  });
});
