import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../../../src/db/embedded/lock.ts';
import {
  NoEmbeddedDatabaseError,
  openEmbeddedDatabase,
  type EmbeddedOpenOptions,
} from '../../../src/db/embedded/open-embedded.ts';
import { migrationStatus } from '../../../src/db/migrator.ts';
import { scratchDir } from '../../fixtures/processes.ts';

const logger = pino({ level: 'silent' });

describe('[pglite] opening the embedded database', () => {
  let root: string;
  let removeRoot: () => Promise<void>;
  let dataDir: string;
  const options = (overrides: Partial<EmbeddedOpenOptions> = {}): EmbeddedOpenOptions => ({
    dataDir,
    purpose: 'server',
    logger,
    migrate: true,
    create: true,
    ...overrides,
  });

  beforeAll(async () => {
    ({ dir: root, remove: removeRoot } = await scratchDir());
    dataDir = path.join(root, 'data');
  });
  afterAll(() => removeRoot());

  it('refuses to create a database when asked only to open one', async () => {
    await expect(openEmbeddedDatabase(options({ create: false }))).rejects.toBeInstanceOf(
      NoEmbeddedDatabaseError,
    );
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('initialises a new database, replacing the remains of an interrupted one', async () => {
    const leftover = path.join(dataDir, 'pgdata.initialising-4242');
    await mkdir(leftover, { recursive: true });
    await writeFile(path.join(leftover, 'PG_VERSION'), '18\n');

    const database = await openEmbeddedDatabase(options());
    try {
      expect(database.created).toBe(true);
      expect((await migrationStatus(database.db)).pending).toEqual([]);
      expect(await database.db.selectFrom('instance').select('id').execute()).toHaveLength(1);
      expect((await readdir(dataDir)).sort()).toEqual(['pgdata', 'tenderwise.lock']);
    } finally {
      await database.close();
    }
    expect(await readdir(dataDir)).toEqual(['pgdata']);
  });

  it('opens the existing database again, keeping its data', async () => {
    const first = await openEmbeddedDatabase(options());
    const { id } = await first.db.selectFrom('instance').select('id').executeTakeFirstOrThrow();
    await first.close();

    const again = await openEmbeddedDatabase(options({ migrate: false, create: false }));
    try {
      expect(again.created).toBe(false);
      expect(await again.db.selectFrom('instance').select('id').executeTakeFirstOrThrow()).toEqual({
        id,
      });
      await expect(openEmbeddedDatabase(options())).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await again.close();
    }
  });
});
