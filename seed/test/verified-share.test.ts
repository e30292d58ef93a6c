import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatVerifiedShare, readSeed, verifiedShare } from '../src/index.ts';

const stats = fileURLToPath(new URL('../src/cli/stats.ts', import.meta.url));

describe('the share of verified entries', () => {
  it('counts verified entries overall and per catalogue', async () => {
    const bundle = await readSeed();
    const share = verifiedShare(bundle);
    const entries = bundle.catalogues.flatMap((file) => file.entries);
    expect(share.entries).toBe(entries.length);
    expect(share.verified).toBe(entries.filter((entry) => entry.verified).length);
    expect(share.byCatalogue.reduce((sum, item) => sum + item.verified, 0)).toBe(share.verified);
    expect(share.share).toBeCloseTo(share.verified / share.entries, 12);
  });

  it('formats the share with one decimal', () => {
    expect(formatVerifiedShare({ entries: 117, verified: 94, share: 94 / 117 })).toBe(
      '94 of 117 entries verified (80.3 %)',
    );
    expect(formatVerifiedShare({ entries: 0, verified: 0, share: 0 })).toBe(
      '0 of 0 entries verified (0.0 %)',
    );
  });

  it('is printed by `npm run catalogue:stats`, overall and per catalogue', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [stats]);
    const share = verifiedShare(await readSeed());
    expect(stdout.split('\n')[0]).toBe(`Catalogue: ${formatVerifiedShare(share)}`);
    expect(stdout).toMatch(/^ {2}c3a \d+\.\d+\.\d+: 59 of 59 \(100\.0 %\)$/m);
    expect(stdout).toMatch(/^Site-root sources: none$/m);
  });
});
