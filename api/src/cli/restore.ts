import { restore } from './commands/restore.ts';
import { runTool } from './tool.ts';

// `npm run db:restore` as a process; the command itself is commands/restore.ts.
await runTool(restore);
