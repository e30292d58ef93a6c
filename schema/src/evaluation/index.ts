export * from './common.ts';
export * from './criteria.ts';
export * from './award-tree.ts';
export * from './method.ts';
export * from './scheme.ts';
export * from './bid.ts';
export * from './regime.ts';
export * from './legal-checks.ts';
