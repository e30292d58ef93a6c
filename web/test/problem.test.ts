import { problemTypeUri } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { readProblem } from '../src/lib/api/problem.ts';

const answer = (status: number, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
});

describe('readProblem', () => {
  it('reads the type slug, the status and the field errors', () => {
    const read = readProblem(
      {
        type: problemTypeUri('validation-failed'),
        status: 422,
        errors: [{ in: 'body', pointer: '/email', detail: 'Enter an e-mail address.' }],
      },
      answer(422),
    );
    expect(read).toEqual({
      slug: 'validation-failed',
      status: 422,
      errors: [{ pointer: '/email', detail: 'Enter an e-mail address.' }],
      retryAfterSeconds: null,
    });
  });

  it('knows no slug for types outside the API’s list or from elsewhere', () => {
    expect(readProblem({ type: '/api/problems/made-up' }, answer(400)).slug).toBeNull();
    expect(
      readProblem({ type: 'https://example.org/api/problems/conflict' }, answer(409)).slug,
    ).toBeNull();
    expect(readProblem(undefined, answer(500)).slug).toBeNull();
  });

  it('drops field errors that are not objects and fills in missing parts', () => {
    const read = readProblem({ errors: ['text', null, { pointer: 3 }] }, answer(422));
    expect(read.errors).toEqual([{ pointer: '', detail: '' }]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(readProblem({}, answer(429, { 'retry-after': '120' })).retryAfterSeconds).toBe(120);
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const fromDate = readProblem(
      {},
      answer(429, { 'retry-after': inTwoMinutes }),
    ).retryAfterSeconds;
    expect(fromDate).toBeGreaterThan(100);
    expect(fromDate).toBeLessThanOrEqual(120);
    expect(readProblem({}, answer(429, { 'retry-after': 'soon' })).retryAfterSeconds).toBeNull();
  });
});
