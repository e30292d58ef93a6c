import path from 'node:path';
import { readSeed } from '../read-seed.ts';
import { SeedValidationError } from '../seed-issues.ts';
import { formatSiteRootSource, siteRootSources } from '../site-root-sources.ts';
import { formatVerifiedShare, verifiedShare } from '../verified-share.ts';

/**
 * `npm run catalogue:stats -w @tenderwise/seed [seed root]`: how many catalogue entries were
 * checked against their sources' own text, overall and per catalogue file, and every source that
 * cites a site's front page instead of a document. Exits with 1 if there is any such source.
 */
try {
  const root = process.argv[2];
  const bundle = await readSeed(root === undefined ? undefined : path.resolve(root));
  const share = verifiedShare(bundle);
  process.stdout.write(`Catalogue: ${formatVerifiedShare(share)}\n`);
  for (const item of share.byCatalogue) {
    const percent = item.entries === 0 ? 0 : (item.verified / item.entries) * 100;
    process.stdout.write(
      `  ${item.id} ${item.version}: ${item.verified} of ${item.entries} (${percent.toFixed(1)} %)\n`,
    );
  }
  const roots = siteRootSources(bundle);
  process.stdout.write(`Site-root sources: ${roots.length === 0 ? 'none' : roots.length}\n`);
  if (roots.length > 0) {
    process.stderr.write(
      `Cite the document, not the site's front page:\n${roots.map((item) => `  ${formatSiteRootSource(item)}\n`).join('')}`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`${error instanceof SeedValidationError ? error.message : String(error)}\n`);
  process.exit(1);
}
