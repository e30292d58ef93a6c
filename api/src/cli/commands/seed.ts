import { parseArgs } from 'node:util';
import { formatVerifiedShare } from '@tenderwise/seed';
import type { SeedResult } from '../../runtime/operator-socket/commands/seed.ts';
import { runAdminCommand } from '../../runtime/operator-socket/run-admin-command.ts';
import type { LoadCounts } from '../../services/catalogue/load-catalogue.ts';
import type { ToolMain } from '../tool.ts';

/**
 * `npm run seed`: loads the catalogues, templates and rules from `seed/`, through the running
 * server if there is one. Idempotent: a second run reports that nothing changed and writes
 * nothing. Prints what changed and the share of verified catalogue entries.
 *
 * `npm run seed -- --demo` loads the demo data after them (ADR 0023): only while the server can
 * be reached from this machine only, unless `--force` is given too, and never into an
 * installation with real data. It prints where the demo users' credentials are, never one.
 */
export const seed: ToolMain = async ({ config, logger, argv, writeLine }) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      demo: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const { result, ranBy } = await runAdminCommand<SeedResult>(
    config,
    'seed',
    { demo: values.demo, force: values.force },
    { logger },
  );
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
  if (result.demo !== undefined) describeDemo(result.demo, writeLine);
};

function describeDemo(
  demo: NonNullable<SeedResult['demo']>,
  writeLine: (text: string) => void,
): void {
  writeLine(
    demo.changed ? 'Demo data loaded:' : 'Demo data unchanged: everything was there already',
  );
  for (const part of demo.parts) {
    const objects = part.objects.map(
      (count) =>
        `${count.created} ${count.kind.replaceAll('_', ' ')}s added, ${count.present} there already`,
    );
    writeLine(`  ${part.part}: ${objects.join('; ')}`);
  }
  if (demo.credentialsFile === null) {
    writeLine(
      'The credentials file is gone; the passwords of the demo users are not kept anywhere else.',
    );
  } else if (demo.newSignIns > 0) {
    writeLine(
      `Sign-in credentials of ${demo.newSignIns} new demo users: ${demo.credentialsFile} ` +
        '(readable only by you)',
    );
  } else {
    writeLine(`Sign-in credentials of the demo users: ${demo.credentialsFile}`);
  }
}

function describe(counts: LoadCounts): string {
  return `${counts.inserted} added, ${counts.updated} changed, ${counts.deleted} removed, ${counts.unchanged} unchanged`;
}

function total(counts: LoadCounts): number {
  return counts.inserted + counts.updated + counts.unchanged;
}
