export * from './money.ts';
export * from './thresholds.ts';
export * from './contract-value.ts';
export * from './deadlines.ts';
export * from './procedure-types.ts';
export * from './lots.ts';
export * from './tender-deadlines.ts';
export * from './tender.ts';
