import { z } from 'zod';
import { migrateToLatest, migrationStatus } from '../../../db/migrator.ts';
import { defineAdminCommand } from '../registry.ts';

export interface MigrateResult {
  applied: string[];
  current: string[];
}

export const migrateCommand = defineAdminCommand({
  name: 'migrate',
  summary: 'Applies pending database migrations',
  args: z.object({}),
  createsDatabase: true,
  async run({ db, logger }): Promise<MigrateResult> {
    const applied = await migrateToLatest(db);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    return { applied, current: (await migrationStatus(db)).applied };
  },
});
