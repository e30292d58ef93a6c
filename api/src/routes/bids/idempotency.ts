import type { Context } from 'hono';

/** What the operations that take an `Idempotency-Key` say of it. */
export const idempotencyDescription =
  'With an `Idempotency-Key` header (printable ASCII, at most 200 characters, your own per ' +
  'organisation), a retry of the same request (same operation, path and body) answers with the ' +
  'original receipt and status code and stores nothing new, also after a lost connection or a ' +
  'restart right after the commit; the answer then carries `Idempotent-Replayed: true`. The same ' +
  'key with another request is refused with 422.';

/** Marks an answer that repeats the original receipt of an earlier request with the same key. */
export function replayedHeader(c: Context, replayed: boolean): void {
  if (replayed) c.header('idempotent-replayed', 'true');
}
