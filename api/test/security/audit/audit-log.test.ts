import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendAuditEntry, recordRefusedAttempt } from '../../../src/security/audit/append.ts';
import {
  auditStateHash,
  formatAuditHead,
  genesisHash,
  sha256Hex,
  type AuditHead,
} from '../../../src/security/audit/entry.ts';
import { parseAuditHead, verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { databaseClock, fixedClock } from '../../../src/clock.ts';
import { readChainHead } from '../../../src/db/repositories/audit-log.ts';
import { withTransaction } from '../../../src/db/transaction.ts';
import type { DB } from '../../../src/db/types.ts';
import { seededRandom } from '../../../src/engine/random/prng.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { sampleEntry, whileTampered } from './helpers.ts';

describeDatabase('audit log', (backend) => {
  let handle: TestDatabase;
  let db: Kysely<DB>;
  const clock = fixedClock('2026-11-28T12:00:00.000Z');

  beforeAll(async () => {
    handle = await openTestDatabase(backend);
    db = handle.db;
  });
  afterAll(() => handle.close());

  async function currentHead(): Promise<AuditHead> {
    const row = await readChainHead(db);
    return { seq: row!.last_seq, hash: row!.last_hash };
  }

  async function appendMany(count: number, tag: string, seed = 1): Promise<AuditHead[]> {
    const random = seededRandom(seed);
    const appended: AuditHead[] = [];
    for (let i = 0; i < count; i++) {
      clock.advance(1 + random.int(5_000));
      const { seq, hash } = await appendAuditEntry(db, clock, sampleEntry(random, `${tag}-${i}`));
      appended.push({ seq, hash });
    }
    return appended;
  }

  it('starts as an empty chain at the genesis hash', async () => {
    // A database of its own: the file's shared chain may already hold entries.
    const fresh = await openTestDatabase(backend);
    try {
      expect(await verifyAuditChain(fresh.db)).toEqual({
        intact: true,
        head: { seq: 0, hash: genesisHash },
      });
    } finally {
      await fresh.close();
    }
  });

  it('appends linked entries whose stored text is their canonical document', async () => {
    const start = await currentHead();
    const beforeHash = auditStateHash({ role: 'reviewer' });
    const afterHash = auditStateHash({ role: 'officer' });
    const first = await appendAuditEntry(db, clock, {
      actor: { type: 'user', id: 'u-admin' },
      action: 'auth.role.changed',
      object: { type: 'user', id: 'u-1' },
      outcome: 'succeeded',
      requestId: 'req-1',
      beforeHash,
      afterHash,
    });
    const second = await appendAuditEntry(db, clock, {
      actor: null,
      action: 'auth.login.failed',
      object: null,
      outcome: 'refused',
      requestId: null,
    });
    expect([first.seq, second.seq]).toEqual([start.seq + 1, start.seq + 2]);

    const rows = await db
      .selectFrom('audit_entry')
      .selectAll()
      .where('seq', 'in', [first.seq, second.seq])
      .orderBy('seq')
      .execute();
    expect(rows[0]!.canonical).toBe(
      `{"action":"auth.role.changed","actor":{"id":"u-admin","type":"user"},` +
        `"afterHash":"${afterHash}","beforeHash":"${beforeHash}",` +
        `"object":{"id":"u-1","type":"user"},"outcome":"succeeded",` +
        `"previousHash":"${start.hash}","requestId":"req-1","seq":${first.seq},` +
        `"time":"2026-11-28T12:00:00.000Z","v":1}`,
    );
    expect(rows[0]!.hash).toBe(sha256Hex(rows[0]!.canonical));
    expect(rows[1]).toMatchObject({
      actor_type: null,
      actor_id: null,
      object_type: null,
      before_hash: null,
      previous_hash: first.hash,
      hash: second.hash,
      recorded_at: new Date('2026-11-28T12:00:00.000Z'),
    });
    expect(await currentHead()).toEqual({ seq: second.seq, hash: second.hash });
    expect(await verifyAuditChain(db)).toEqual({ intact: true, head: await currentHead() });
  });

  it('verifies in batches with the same result', async () => {
    await appendMany(23, 'batches');
    const whole = await verifyAuditChain(db);
    expect(whole.intact).toBe(true);
    for (const batchSize of [1, 7, 1000]) {
      expect(await verifyAuditChain(db, { batchSize })).toEqual(whole);
    }
  });

  it('takes its time from the injected clock, the database clock in production', async () => {
    const before = Date.now();
    const { time, seq } = await appendAuditEntry(db, databaseClock(db), {
      actor: { type: 'system', id: 'scheduler' },
      action: 'auth.sessions.ended',
      object: null,
      outcome: 'succeeded',
      requestId: null,
    });
    expect(Math.abs(time.getTime() - before)).toBeLessThan(5_000);
    const row = await db
      .selectFrom('audit_entry')
      .select('recorded_at')
      .where('seq', '=', seq)
      .executeTakeFirstOrThrow();
    expect(row.recorded_at).toEqual(time);
    expect((await verifyAuditChain(db)).intact).toBe(true);
  });

  it('writes a change and its entry in one transaction, so a rollback removes both', async () => {
    const start = await currentHead();
    await expect(
      withTransaction(db, async (trx) => {
        await appendAuditEntry(trx, clock, {
          actor: { type: 'user', id: 'u-2' },
          action: 'auth.api_key.created',
          object: { type: 'api_key', id: 'k-1' },
          outcome: 'succeeded',
          requestId: 'req-rollback',
        });
        throw new Error('the change failed after its entry was written');
      }),
    ).rejects.toThrow('the change failed');
    expect(await currentHead()).toEqual(start);
    expect((await verifyAuditChain(db)).intact).toBe(true);
  });

  it('records a refused attempt in its own transaction that survives the caller rollback', async () => {
    const start = await currentHead();
    const attempt = withTransaction(db, async (trx) => {
      await appendAuditEntry(trx, clock, {
        actor: { type: 'user', id: 'reviewer-1' },
        action: 'auth.role.changed',
        object: { type: 'user', id: 'u-3' },
        outcome: 'succeeded',
        requestId: 'req-refused',
      });
      throw new Error('forbidden');
    });
    await expect(attempt).rejects.toThrow('forbidden');
    const recorded = await recordRefusedAttempt(db, clock, {
      actor: { type: 'user', id: 'reviewer-1' },
      action: 'access.operation.refused',
      object: { type: 'user', id: 'u-3' },
      outcome: 'refused',
      requestId: 'req-refused',
    });
    expect(recorded.seq).toBe(start.seq + 1);
    const row = await db
      .selectFrom('audit_entry')
      .select(['action', 'outcome'])
      .where('seq', '=', recorded.seq)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ action: 'access.operation.refused', outcome: 'refused' });
  });

  it('refuses to record a refused attempt inside a transaction that may roll back', async () => {
    await expect(
      withTransaction(db, (trx) =>
        recordRefusedAttempt(trx, clock, {
          actor: null,
          action: 'auth.login.failed',
          object: null,
          outcome: 'refused',
          requestId: null,
        }),
      ),
    ).rejects.toThrow(/own transaction/);
  });

  it('refuses malformed entries before writing anything', async () => {
    const start = await currentHead();
    const base = {
      actor: null,
      action: 'auth.login.failed',
      object: null,
      outcome: 'refused',
      requestId: null,
    } as const;
    for (const bad of [
      { ...base, action: 'Login Failed' },
      { ...base, action: 'login' },
      { ...base, outcome: 'maybe' },
      { ...base, requestId: 'x'.repeat(500) },
      { ...base, actor: { type: 'user', id: 'line\nbreak' } },
      { ...base, beforeHash: 'not-a-hash' },
      { ...base, password: 'hunter2' },
    ]) {
      await expect(appendAuditEntry(db, clock, bad as never)).rejects.toThrow();
    }
    expect(await currentHead()).toEqual(start);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of entries, and any change of the head but an append', async () => {
    await appendMany(2, 'refusals');
    const { seq, hash } = await currentHead();
    const refused = /append-only|may only advance/;
    await expect(
      sql`update audit_entry set action = 'auth.login.succeeded' where seq = ${seq}`.execute(db),
    ).rejects.toThrow(refused);
    await expect(sql`delete from audit_entry where seq = ${seq}`.execute(db)).rejects.toThrow(
      refused,
    );
    await expect(sql`truncate audit_entry`.execute(db)).rejects.toThrow(refused);
    await expect(sql`delete from audit_chain_head`.execute(db)).rejects.toThrow(refused);
    await expect(sql`truncate audit_chain_head`.execute(db)).rejects.toThrow(refused);
    await expect(
      sql`update audit_chain_head set last_seq = ${seq - 1}, last_hash = ${genesisHash}`.execute(
        db,
      ),
    ).rejects.toThrow(refused);
    await expect(
      sql`update audit_chain_head set last_seq = ${seq + 1}, last_hash = ${hash}`.execute(db),
    ).rejects.toThrow(refused);
    expect(await currentHead()).toEqual({ seq, hash });
    expect((await verifyAuditChain(db)).intact).toBe(true);
  });

  it('detects each of 1,000 random single-byte changes at the exact entry', async () => {
    const seed = 20261128;
    const random = seededRandom(seed);
    const chain = await appendMany(50, 'tamper', seed);
    const rows = await db
      .selectFrom('audit_entry')
      .selectAll()
      .where('seq', '>=', chain[0]!.seq)
      .orderBy('seq')
      .execute();
    expect(rows).toHaveLength(50);
    const hex = '0123456789abcdef';
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
    const alphanumeric = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-';
    // Columns a single-byte change can reach without violating a CHECK constraint, which would
    // itself refuse the change (outcome); seq changes are the gap tests' business.
    const textColumns = {
      canonical: printable,
      hash: hex,
      previous_hash: hex,
      before_hash: hex,
      after_hash: hex,
      action: alphanumeric,
      actor_type: alphanumeric,
      actor_id: alphanumeric,
      object_type: alphanumeric,
      object_id: alphanumeric,
      request_id: alphanumeric,
    } as const;
    const changeOne = (text: string, alphabet: string | readonly string[]) => {
      const at = random.int(text.length);
      const choices = [...alphabet].filter((c) => c !== text[at]);
      return text.slice(0, at) + choices[random.int(choices.length)]! + text.slice(at + 1);
    };

    const started = performance.now();
    const counts: Record<string, number> = {};
    for (let i = 0; i < 1_000; i++) {
      const row = rows[random.int(rows.length)]!;
      // Half the changes hit the hashed bytes, the rest the columns beside them.
      const candidates = (Object.keys(textColumns) as (keyof typeof textColumns)[]).filter(
        (column) => row[column] !== null,
      );
      let column: string;
      let value: string | Date;
      if (random.int(2) === 0) {
        column = 'canonical';
        value = changeOne(row.canonical, textColumns.canonical);
      } else if (random.int(candidates.length + 1) === 0) {
        column = 'recorded_at';
        const iso = row.recorded_at.toISOString();
        // One digit of the milliseconds: always a valid, different time.
        const at = 20 + random.int(3);
        const digits = [...'0123456789'].filter((d) => d !== iso[at]);
        value = new Date(iso.slice(0, at) + digits[random.int(9)]! + iso.slice(at + 1));
      } else {
        column = candidates[random.int(candidates.length)]!;
        value = changeOne(
          row[column as keyof typeof textColumns]!,
          textColumns[column as keyof typeof textColumns],
        );
      }
      counts[column] = (counts[column] ?? 0) + 1;
      const result = await whileTampered(
        db,
        (trx) =>
          sql`update audit_entry set ${sql.ref(column)} = ${value} where seq = ${row.seq}`.execute(
            trx,
          ),
        (trx) => verifyAuditChain(trx),
      );
      expect(
        result.intact ? 'intact' : result.brokenAt,
        `seed ${seed}, change ${i}: ${column} of entry ${row.seq} set to ${String(value)}`,
      ).toBe(row.seq);
    }
    const ms = Math.round(performance.now() - started);
    process.stdout.write(
      `[${backend}] 1,000 single-byte changes (seed ${seed}) detected in ${ms} ms: ${JSON.stringify(counts)}\n`,
    );
    expect((await verifyAuditChain(db)).intact).toBe(true);
  }, 120_000);

  it('detects a removed tail when given the head noted before', async () => {
    await appendMany(10, 'tail');
    const noted = await currentHead();
    const cut = noted.seq - 3;
    const cutHash = (
      await db
        .selectFrom('audit_entry')
        .select('hash')
        .where('seq', '=', cut)
        .executeTakeFirstOrThrow()
    ).hash;

    // Someone with the superuser's powers removes the last three entries and rewinds the head.
    const [withoutHead, withHead, hashOnly, stillThere] = await whileTampered(
      db,
      async (trx) => {
        await sql`delete from audit_entry where seq > ${cut}`.execute(trx);
        await sql`update audit_chain_head set last_seq = ${cut}, last_hash = ${cutHash}`.execute(
          trx,
        );
      },
      async (trx) => [
        await verifyAuditChain(trx),
        await verifyAuditChain(trx, { head: parseAuditHead(formatAuditHead(noted))! }),
        await verifyAuditChain(trx, { head: { hash: noted.hash } }),
        await verifyAuditChain(trx, { head: { seq: cut, hash: cutHash } }),
      ],
    );
    expect(withoutHead).toEqual({ intact: true, head: { seq: cut, hash: cutHash } });
    expect(withHead).toMatchObject({ intact: false, brokenAt: cut + 1 });
    expect(!withHead.intact && withHead.reason).toMatch(/missing.*given head/);
    expect(hashOnly).toMatchObject({ intact: false, brokenAt: cut + 1 });
    expect(stillThere.intact).toBe(true);

    // Without rewinding the head row, the row itself gives the removal away.
    const headLeft = await whileTampered(
      db,
      (trx) => sql`delete from audit_entry where seq > ${cut}`.execute(trx),
      (trx) => verifyAuditChain(trx),
    );
    expect(headLeft).toMatchObject({ intact: false, brokenAt: cut + 1 });
    expect(await verifyAuditChain(db, { head: noted })).toEqual({ intact: true, head: noted });
  });

  it('reports a given head whose hash differs at its sequence number', async () => {
    const head = await currentHead();
    const result = await verifyAuditChain(db, { head: { seq: head.seq, hash: 'f'.repeat(64) } });
    expect(result).toMatchObject({ intact: false, brokenAt: head.seq });
  });

  it('detects a removed entry in the middle and an entry written beside the head', async () => {
    const chain = await appendMany(5, 'middle');
    const middle = chain[2]!.seq;
    const gap = await whileTampered(
      db,
      (trx) => sql`delete from audit_entry where seq = ${middle}`.execute(trx),
      (trx) => verifyAuditChain(trx),
    );
    expect(gap).toMatchObject({ intact: false, brokenAt: middle });

    // No trigger stops an INSERT (restores load rows with COPY); the verifier does.
    const head = await currentHead();
    const rogue = await whileTampered(
      db,
      (trx) =>
        sql`insert into audit_entry
          select seq + 1, recorded_at, actor_type, actor_id, action, object_type, object_id,
                 outcome, request_id, before_hash, after_hash, previous_hash, hash, canonical
          from audit_entry where seq = ${head.seq}`.execute(trx),
      (trx) => verifyAuditChain(trx),
    );
    expect(rogue).toMatchObject({ intact: false, brokenAt: head.seq + 1 });
    expect(!rogue.intact && rogue.reason).toMatch(/beyond the chain head/);
  });

  it('keeps one gap-free chain when two appenders interleave their transactions', async () => {
    const start = await currentHead();
    const random = seededRandom(7);
    const appender = (name: string) => async () => {
      const seqs: number[] = [];
      for (let i = 0; i < 20; i++) {
        const seq = await withTransaction(db, async (trx) => {
          // Work before the append, so the other appender gets to run in between.
          await sql`select pg_sleep(${random.int(3) / 1000})`.execute(trx);
          const appended = await appendAuditEntry(trx, clock, {
            ...sampleEntry(random, `${name}-${i}`),
            actor: { type: 'user', id: name },
          });
          return appended.seq;
        });
        seqs.push(seq);
      }
      return seqs;
    };
    const [a, b] = await Promise.all([appender('a')(), appender('b')()]);
    const all = [...a!, ...b!].sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: 40 }, (_, i) => start.seq + 1 + i));
    expect(await verifyAuditChain(db)).toEqual({ intact: true, head: await currentHead() });
  });
});
