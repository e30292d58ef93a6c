import { fileURLToPath } from 'node:url';

/** The seed package's directory, holding `catalogue/`, `templates/`, `rules/`, `regimes/` and `demo/`. */
export const seedRoot = fileURLToPath(new URL('../', import.meta.url));

/** The folders of the data, in the order they are read. */
export const seedFolders = ['catalogue', 'templates', 'rules'] as const;
export type SeedFolder = (typeof seedFolders)[number];
