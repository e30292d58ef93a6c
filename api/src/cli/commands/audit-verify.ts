import { parseArgs } from 'node:util';
import type { AuditVerifyResult } from '../../runtime/operator-socket/commands/audit-verify.ts';
import { runAdminCommand } from '../../runtime/operator-socket/run-admin-command.ts';
import { formatAuditHead } from '../../security/audit/entry.ts';
import { parseAuditHead } from '../../security/audit/verify.ts';
import type { ToolMain } from '../tool.ts';

const usage = 'Usage: npm run audit:verify [-- --head <seq>:<sha256 hex>]';

/**
 * `npm run audit:verify [-- --head SEQ:HASH]`: checks the audit chain, through the running server
 * if there is one. Prints one line: the head to note elsewhere when intact (exit 0), the first
 * broken entry and why otherwise (exit 1).
 */
export const auditVerify: ToolMain = async ({ config, logger, argv, writeLine }) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { head: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new Error(usage);
  if (values.head !== undefined && parseAuditHead(values.head) === undefined) {
    throw new Error(`--head must be <seq>:<64 hex digits>, as printed by audit:verify. ${usage}`);
  }
  const { result, ranBy } = await runAdminCommand<AuditVerifyResult>(
    config,
    'audit-verify',
    values.head === undefined ? {} : { head: values.head },
    { logger },
  );
  const where = ranBy.via === 'server' ? ` (by the running server, PID ${ranBy.pid})` : '';
  if (result.intact) {
    writeLine(
      `Audit chain intact${where}: ${result.head.seq} entries, head ${formatAuditHead(result.head)}`,
    );
    return;
  }
  const recorded = result.recordedHead ? formatAuditHead(result.recordedHead) : 'missing';
  writeLine(
    `Audit chain BROKEN at entry ${result.brokenAt}${where}: ${result.reason}; ` +
      `last intact entry ${formatAuditHead(result.lastIntact)}, chain-head row ${recorded}`,
  );
  return 1;
};
