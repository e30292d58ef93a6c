export * from './content.ts';
export * from './opening-keys.ts';
export * from './submissions.ts';
export * from './imports.ts';
export * from './opening.ts';
export * from './tender-bids.ts';
