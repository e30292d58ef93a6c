export * from './content.ts';
export * from './evidence.ts';
export * from './profile.ts';
export * from './registry.ts';
export * from './services.ts';
export * from './transfer.ts';
export * from './vendor-side.ts';
export * from './versions.ts';
