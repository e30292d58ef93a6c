import { z } from 'zod';
import type { Backend } from '../../../db/open.ts';
import { migrationStatus, type MigrationStatus } from '../../../db/migrator.ts';
import { defineAdminCommand } from '../registry.ts';

export interface StatusResult {
  backend: Backend;
  pid: number;
  /** Null before the first migration created the instance table. */
  instanceId: string | null;
  migrations: MigrationStatus;
}

export const statusCommand = defineAdminCommand({
  name: 'status',
  summary: 'Reports the database backend, the installation and its migrations',
  args: z.object({}),
  createsDatabase: false,
  async run({ db, handle }): Promise<StatusResult> {
    const migrations = await migrationStatus(db);
    const instance =
      migrations.applied.length > 0
        ? await db.selectFrom('instance').select('id').executeTakeFirst()
        : undefined;
    return {
      backend: handle.backend,
      pid: process.pid,
      instanceId: instance?.id ?? null,
      migrations,
    };
  },
});
