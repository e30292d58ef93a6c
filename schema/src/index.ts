export * from './problem.ts';
export * from './health.ts';
