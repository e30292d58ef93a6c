export * from './money.ts';
export * from './thresholds.ts';
export * from './contract-value.ts';
export * from './deadlines.ts';
export * from './procedure-types.ts';
export * from './lots.ts';
export * from './tender-deadlines.ts';
export * from './tender.ts';
export * from './schemes.ts';
export * from './publication.ts';
export * from './corrections.ts';
export * from './cancellation.ts';
export * from './team.ts';
export * from './record.ts';
export * from './public.ts';
export * from './questions.ts';
// Both the tender and the scheme schemas define the tender's version; one name for the package.
export { TenderRecordVersion } from './tender.ts';
