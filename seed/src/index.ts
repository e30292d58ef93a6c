export { readSeed } from './read-seed.ts';
export { readDemo, demoFiles } from './read-demo.ts';
export { readThresholds, thresholdFile } from './read-thresholds.ts';
export { readProcedureTypes, procedureTypeFile } from './read-procedure-types.ts';
export { seedRoot, seedFolders } from './seed-root.ts';
export { SeedValidationError, formatSeedIssue, type SeedIssue } from './seed-issues.ts';
export { verifiedShare, formatVerifiedShare, type VerifiedShare } from './verified-share.ts';
export {
  isSiteRoot,
  siteRootSources,
  formatSiteRootSource,
  type SiteRootSource,
} from './site-root-sources.ts';
