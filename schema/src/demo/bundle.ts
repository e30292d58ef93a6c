import { z } from 'zod';
import { DemoAccountsFile } from './accounts.ts';

/**
 * Everything the demo loader loads after the catalogue, one member per demo part, in the order
 * the parts load (`api/src/services/demo/parts/index.ts`). A feature that brings demo objects of
 * its own adds its file under `seed/demo/`, its member here and its part to the loader.
 */
export const DemoBundle = z.strictObject({
  accounts: DemoAccountsFile,
});
export type DemoBundle = z.output<typeof DemoBundle>;

/** The parts of the demo, by the name of their data in the bundle. */
export type DemoPartName = keyof DemoBundle;
