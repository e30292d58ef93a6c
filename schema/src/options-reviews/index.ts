export * from './review.ts';
export * from './members.ts';
export * from './scheme-versions.ts';
export * from './options.ts';
export * from './scoring.ts';
export * from './weighting.ts';
