export * from './problem.ts';
export * from './health.ts';
export * from './evaluation/index.ts';
export * from './analysis/evaluate.ts';
export * from './analysis/evaluate-example.ts';
export * from './analysis/price-preview.ts';
