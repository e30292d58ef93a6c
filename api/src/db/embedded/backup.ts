import { sql } from 'kysely';
import { migrationStatus } from '../migrator.ts';
import type { DatabaseHandle } from '../open.ts';
import {
  writeBackupArchive,
  type BackupDescription,
  type WrittenBackup,
} from './backup-archive.ts';

/**
 * Backs up the open embedded database to `file`. The checkpoint and the dump run on Kysely's one
 * connection, so no request's statement runs between them and the dump is a consistent state that
 * needs no recovery; compressing and writing happen after the connection is free again, so
 * requests wait only for the dump itself (about a tenth of a second for a small database).
 */
export async function backupEmbeddedDatabase(
  handle: DatabaseHandle,
  file: string,
  now: () => Date = () => new Date(),
): Promise<WrittenBackup> {
  const { pglite } = handle;
  if (!pglite) throw new Error('Only the embedded database is backed up this way');
  const { description, dump } = await handle.db.connection().execute(async (connection) => {
    await sql`checkpoint`.execute(connection);
    const instance = await connection.selectFrom('instance').select('id').executeTakeFirstOrThrow();
    const version = await sql<{ server_version: string }>`show server_version`.execute(connection);
    const description: BackupDescription = {
      createdAt: now().toISOString(),
      instanceId: instance.id,
      postgresVersion: version.rows[0]?.server_version ?? 'unknown',
      migrations: (await migrationStatus(connection)).applied,
    };
    return { description, dump: await pglite.dumpDataDir('none') };
  });
  return writeBackupArchive(file, description, new Uint8Array(await dump.arrayBuffer()));
}
