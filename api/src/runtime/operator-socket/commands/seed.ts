import { readSeed, SeedValidationError, verifiedShare, type VerifiedShare } from '@tenderwise/seed';
import { z } from 'zod';
import {
  loadCatalogue,
  type CatalogueLoadSummary,
} from '../../../services/catalogue/load-catalogue.ts';
import { ValidationError } from '../../../domain/errors.ts';
import { AdminCommandError, defineAdminCommand } from '../registry.ts';
import { operatorServiceContext } from '../service-context.ts';

export interface SeedResult extends CatalogueLoadSummary {
  verified: VerifiedShare;
}

/**
 * Loads the catalogues, templates and rules from the `seed/` folder of this installation. The
 * process holding the database reads the files itself, so nothing large crosses the admin socket
 * and the server loads exactly what its own checkout contains.
 */
export const seedCommand = defineAdminCommand({
  name: 'seed',
  summary:
    'Loads the criteria catalogues, evaluation templates and recommendation rules from seed/',
  args: z.object({}),
  createsDatabase: false,
  async run(admin): Promise<SeedResult> {
    try {
      const bundle = await readSeed();
      const summary = await loadCatalogue({
        ctx: operatorServiceContext(admin, 'seed'),
        input: bundle,
      });
      if (summary.changed) admin.logger.info({ digest: summary.digest }, 'catalogue loaded');
      return { ...summary, verified: verifiedShare(bundle) };
    } catch (error) {
      if (error instanceof SeedValidationError) throw new AdminCommandError(error.message);
      if (error instanceof ValidationError) {
        const details = error.issues.map((issue) => `${issue.pointer}: ${issue.detail}`);
        throw new AdminCommandError([error.message, ...details.slice(0, 20)].join('\n  '));
      }
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
