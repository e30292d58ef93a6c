import { parseArgs } from 'node:util';
import { formatVerifiedShare } from '@tenderwise/seed';
import type { SeedResult } from '../runtime/operator-socket/commands/seed.ts';
import { runAdminCommand } from '../runtime/operator-socket/run-admin-command.ts';
import type { LoadCounts } from '../services/catalogue/load-catalogue.ts';
import { runTool, writeLine } from './tool.ts';

/**
 * `npm run seed`: loads the catalogues, templates and rules from `seed/`, through the running
 * server if there is one. Idempotent: a second run reports that nothing changed and writes
 * nothing. Prints what changed and the share of verified catalogue entries.
 */
await runTool(async ({ config, logger, argv }) => {
  parseArgs({ args: argv, options: {}, allowPositionals: false });
  const { result, ranBy } = await runAdminCommand<SeedResult>(config, 'seed', {}, { logger });
  const where = ranBy.via === 'server' ? ` (by the running server, PID ${ranBy.pid})` : '';
  if (result.changed) {
    writeLine(`Catalogue loaded${where}, digest ${result.digest}:`);
    writeLine(`  entries ${describe(result.entries)}`);
    writeLine(`  templates ${describe(result.templates)}`);
    writeLine(`  rules ${describe(result.rules)}`);
  } else {
    writeLine(
      `Catalogue unchanged${where}: ${total(result.entries)} entries, ` +
        `${total(result.templates)} templates, ${total(result.rules)} rules, digest ${result.digest}`,
    );
  }
  writeLine(`Verified against their sources: ${formatVerifiedShare(result.verified)}`);
});

function describe(counts: LoadCounts): string {
  return `${counts.inserted} added, ${counts.updated} changed, ${counts.deleted} removed, ${counts.unchanged} unchanged`;
}

function total(counts: LoadCounts): number {
  return counts.inserted + counts.updated + counts.unchanged;
}
