import { createAdminRegistry, type AdminCommand, type AdminRegistry } from '../registry.ts';
import { adminCreateCommand } from './admin-create.ts';
import { auditVerifyCommand } from './audit-verify.ts';
import { backupCommand } from './backup.ts';
import { migrateCommand } from './migrate.ts';
import { seedCommand } from './seed.ts';
import { statusCommand } from './status.ts';

/** Every admin command, in one list: a new command is added here and both runners know it. */
export const adminCommands: AdminCommand[] = [
  adminCreateCommand,
  auditVerifyCommand,
  backupCommand,
  migrateCommand,
  seedCommand,
  statusCommand,
];

export function defaultAdminRegistry(): AdminRegistry {
  return createAdminRegistry(adminCommands);
}
