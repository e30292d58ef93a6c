import { adminCreate } from './commands/admin-create.ts';
import { runTool } from './tool.ts';

// `npm run admin:create` as a process; the command itself is commands/admin-create.ts.
await runTool(adminCreate);
