import { backup } from './commands/backup.ts';
import { runTool } from './tool.ts';

// `npm run db:backup` as a process; the command itself is commands/backup.ts.
await runTool(backup);
