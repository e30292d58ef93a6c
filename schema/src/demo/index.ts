export * from './accounts.ts';
export * from './options-reviews.ts';
export * from './registry.ts';
export * from './tenders.ts';
export * from './conversations.ts';
export * from './bids.ts';
export * from './bundle.ts';
export * from './api.ts';
