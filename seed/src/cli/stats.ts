import { readSeed } from '../read-seed.ts';
import { SeedValidationError } from '../seed-issues.ts';
import { formatVerifiedShare, verifiedShare } from '../verified-share.ts';

/**
 * `npm run catalogue:stats -w @tenderwise/seed`: how many catalogue entries were checked against
 * their sources' own text, overall and per catalogue file.
 */
try {
  const share = verifiedShare(await readSeed());
  process.stdout.write(`Catalogue: ${formatVerifiedShare(share)}\n`);
  for (const item of share.byCatalogue) {
    const percent = item.entries === 0 ? 0 : (item.verified / item.entries) * 100;
    process.stdout.write(
      `  ${item.id} ${item.version}: ${item.verified} of ${item.entries} (${percent.toFixed(1)} %)\n`,
    );
  }
} catch (error) {
  process.stderr.write(`${error instanceof SeedValidationError ? error.message : String(error)}\n`);
  process.exit(1);
}
