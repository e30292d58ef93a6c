import { seed } from './commands/seed.ts';
import { runTool } from './tool.ts';

// `npm run seed` as a process; the command itself is commands/seed.ts.
await runTool(seed);
