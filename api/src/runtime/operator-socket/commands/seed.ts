import {
  readDemo,
  readSeed,
  SeedValidationError,
  verifiedShare,
  type VerifiedShare,
} from '@tenderwise/seed';
import { z } from 'zod';
import {
  loadCatalogue,
  type CatalogueLoadSummary,
} from '../../../services/catalogue/load-catalogue.ts';
import { loadDemoData, type DemoDataLoadSummary } from '../../../services/demo/load-demo-data.ts';
import { DomainError, ValidationError } from '../../../domain/errors.ts';
import { AdminCommandError, defineAdminCommand } from '../registry.ts';
import { operatorServiceContext } from '../service-context.ts';

const SeedArgs = z.object({
  /** Load the demo data after the catalogue. */
  demo: z.boolean().default(false),
  /** Load the demo although the server can be reached from other machines. */
  force: z.boolean().default(false),
});

export interface SeedResult extends CatalogueLoadSummary {
  verified: VerifiedShare;
  /** What loading the demo did, when asked for. */
  demo?: Omit<DemoDataLoadSummary, 'catalogue'>;
}

/**
 * Loads the catalogues, templates and rules from the `seed/` folder of this installation, and
 * with `demo` the demo data after them. The process holding the database reads the files itself,
 * so nothing large crosses the admin socket and the server loads exactly what its own checkout
 * contains; the demo's credentials go to a file in that process's data directory, and only the
 * file's path comes back.
 */
export const seedCommand = defineAdminCommand({
  name: 'seed',
  summary:
    'Loads the criteria catalogues, evaluation templates and recommendation rules from seed/, ' +
    'and with --demo the demo data',
  args: SeedArgs,
  createsDatabase: false,
  async run(admin, args): Promise<SeedResult> {
    try {
      const bundle = await readSeed();
      const ctx = operatorServiceContext(admin, 'seed');
      if (args.demo) {
        const { catalogue, ...demo } = await loadDemoData({
          ctx,
          input: { force: args.force, sources: { catalogue: bundle, demo: await readDemo() } },
        });
        if (catalogue.changed) admin.logger.info({ digest: catalogue.digest }, 'catalogue loaded');
        if (demo.changed) admin.logger.info({ newSignIns: demo.newSignIns }, 'demo data loaded');
        return { ...catalogue, verified: verifiedShare(bundle), demo };
      }
      if (args.force) throw new AdminCommandError('--force only applies to --demo');
      const summary = await loadCatalogue({ ctx, input: bundle });
      if (summary.changed) admin.logger.info({ digest: summary.digest }, 'catalogue loaded');
      return { ...summary, verified: verifiedShare(bundle) };
    } catch (error) {
      if (error instanceof SeedValidationError) throw new AdminCommandError(error.message);
      if (error instanceof ValidationError) {
        const details = error.issues.map((issue) => `${issue.pointer}: ${issue.detail}`);
        throw new AdminCommandError([error.message, ...details.slice(0, 20)].join('\n  '));
      }
      // The demo's refusals (a server others can reach, real data) are the operator's to read.
      if (error instanceof DomainError) throw new AdminCommandError(error.message);
      if ((error as { code?: string }).code === undefinedTable) {
        throw new AdminCommandError(
          'The database has no catalogue tables yet: run `npm run db:migrate` first',
        );
      }
      throw error;
    }
  },
});

const undefinedTable = '42P01';
