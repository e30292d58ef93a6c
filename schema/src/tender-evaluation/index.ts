export * from './stages.ts';
export * from './result.ts';
export * from './award-decision.ts';
