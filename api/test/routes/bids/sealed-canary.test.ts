import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readBackupArchive } from '../../../src/db/embedded/backup-archive.ts';
import { backupEmbeddedDatabase } from '../../../src/db/embedded/backup.ts';
import { openEmbeddedDatabase } from '../../../src/db/embedded/open-embedded.ts';
import type { DatabaseHandle } from '../../../src/db/open.ts';
import { createLogger } from '../../../src/logger.ts';
import { migratedDataDir } from '../../fixtures/data-dir.ts';
import { describeDatabase, openTestDatabase } from '../../harness/database.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { bidBody, bidsApp, type Caller } from './bids-app.ts';

/** Every file below `dir`, WAL included. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * S4: a random canary in a sealed bid is found nowhere before the opening: in no answer to the
 * authority's people (the team, the opening officers, the administrator) on any read of the
 * tender area, in no log line, in no column of any table, in no file of the embedded database
 * (WAL included) and in no backup (`npm run db:backup`'s code path) — § 55 (1) VgV: the bids stay
 * unknown until the opening.
 */
describeDatabase('a sealed bid before the opening (S4)', (backend) => {
  let handle: DatabaseHandle;
  let dataDir: string | undefined;
  let remove = async () => {};
  const logLines: string[] = [];
  let api: Awaited<ReturnType<typeof bidsApp>>;
  const canary = `canary-${randomUUID()}`;
  // Not sealed: found where the canary must not be, which shows the searches find what is there.
  const visible = `visible-${randomUUID()}`;

  beforeAll(async () => {
    if (backend === 'pglite') {
      ({ dir: dataDir, remove } = await migratedDataDir());
      handle = await openEmbeddedDatabase({
        dataDir,
        purpose: 'test',
        logger: pino({ level: 'silent' }),
        migrate: false,
        create: false,
      });
    } else {
      handle = await openTestDatabase(backend);
    }
    const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });
    api = await bidsApp(handle.db, { logger });
  }, 60_000);
  afterAll(async () => {
    await handle.close();
    await remove();
  });

  it('is in no answer to the authority, no log line, no table, no database file and no backup', async () => {
    const vendor = await api.vendor();
    const content = {
      ...bidBody(`Kanarien GmbH ${canary}`),
      declarant: { name: `Dana ${canary}`, function: 'Geschäftsführerin' },
    };
    const submitted = await api.call(
      vendor,
      'POST',
      `/tenders/${api.tenderId}/lots/1/bids`,
      content,
      { 'idempotency-key': 'canary-1' },
    );
    expect(submitted.status).toBe(201);
    const { bidId } = JSON.parse(submitted.text) as { bidId: string };
    const changed = await api.call(vendor, 'PUT', `/bids/${bidId}`, {
      ...content,
      price: { kind: 'totalPrice', amount: 1 },
    });
    expect(changed.status).toBe(200);
    // A vendor's question in the same period: what the authority reads is not empty.
    await api.call(vendor, 'POST', `/public/tenders/${api.tenderId}/questions`, {
      text: `Ist eine Teilnahme als Bietergemeinschaft möglich? ${visible}`,
    });

    // The authority's side: officers, the reviewer, the opening officers and deputies, the admin.
    const { people, holders } = api;
    const admin = await seedUser(handle.db, 'admin', people.organisationId);
    const buyers: [string, Caller][] = [
      ['lead', await api.sessionOf(people.lead)],
      ['second officer', await api.sessionOf(people.second)],
      ['reviewer', await api.sessionOf(people.reviewer)],
      ['admin', await api.sessionOf(admin)],
      ...(await Promise.all(
        holders.map(async (holder, n): Promise<[string, Caller]> => [
          `${holder.capacity} ${n}`,
          await api.sessionOf(holder.user),
        ]),
      )),
    ];
    const t = `/tenders/${api.tenderId}`;
    const reads = [
      '/tenders',
      t,
      `${t}/lots`,
      `${t}/lots/1/scheme`,
      `${t}/scheme-versions`,
      `${t}/team`,
      `${t}/record`,
      `${t}/notices`,
      `${t}/questions`,
      `${t}/interests`,
      `${t}/opening-keys`,
      `${t}/platform-outages`,
      '/notices',
      `/public/tenders/${api.tenderId}`,
    ];
    let answered = 0;
    for (const [name, caller] of buyers) {
      for (const read of reads) {
        const response = await api.call(caller, 'GET', read);
        expect(response.text.includes(canary), `${name} GET ${read}`).toBe(false);
        expect(response.text.includes(bidId), `${name} GET ${read}`).toBe(false);
        if (response.status === 200) answered += 1;
      }
    }
    // The team reads the tender, its record and its notices: the check above saw real answers.
    expect(answered).toBeGreaterThan(reads.length * 3);

    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter((line) => line.includes(canary))).toEqual([]);

    // Every text, JSON and bytea column of every table.
    const columns = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public'
        and data_type in ('text', 'character varying', 'json', 'jsonb', 'bytea', 'ARRAY')
      order by table_name, column_name`.execute(handle.db);
    expect(columns.rows.some((column) => column.table_name === 'bid_submission')).toBe(true);
    const columnsHolding = async (marker: string) => {
      const found: string[] = [];
      for (const { table_name, column_name, data_type } of columns.rows) {
        const column = sql.ref(`${table_name}.${column_name}`);
        const holds =
          data_type === 'bytea'
            ? sql`position(convert_to(${marker}, 'UTF8') in ${column}) > 0`
            : sql`strpos(${column}::text, ${marker}) > 0`;
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from ${sql.table(table_name)} where ${holds}`.execute(
          handle.db,
        );
        if (rows[0]!.n > 0) found.push(`${table_name}.${column_name}`);
      }
      return found;
    };
    expect(await columnsHolding(visible)).toContain('tender_question.text');
    expect(await columnsHolding(canary)).toEqual([]);

    if (dataDir !== undefined) {
      await sql`checkpoint`.execute(handle.db);
      const needle = Buffer.from(canary, 'utf8');
      const files = await filesBelow(dataDir);
      expect(files.some((file) => file.includes('pg_wal'))).toBe(true);
      const filesHolding = async (marker: Buffer) => {
        const holding: string[] = [];
        for (const file of files) {
          if ((await readFile(file)).includes(marker)) holding.push(path.relative(dataDir!, file));
        }
        return holding;
      };
      expect((await filesHolding(Buffer.from(visible, 'utf8'))).length).toBeGreaterThan(0);
      expect(await filesHolding(needle)).toEqual([]);

      const backupFile = path.join(dataDir, 'canary-backup.tar.gz');
      await backupEmbeddedDatabase(handle, backupFile);
      const backup = await readBackupArchive(backupFile);
      expect(backup.pgdata.length).toBeGreaterThan(0);
      expect(Buffer.from(backup.pgdata).includes(Buffer.from(visible, 'utf8'))).toBe(true);
      expect(Buffer.from(backup.pgdata).includes(needle)).toBe(false);
      expect((await readFile(backupFile)).includes(needle)).toBe(false);
    }
  }, 60_000);
});
