import { migrate } from './commands/migrate.ts';
import { runTool } from './tool.ts';

// `npm run db:migrate` as a process; the command itself is commands/migrate.ts.
await runTool(migrate);
