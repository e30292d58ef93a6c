import { auditVerify } from './commands/audit-verify.ts';
import { runTool } from './tool.ts';

// `npm run audit:verify` as a process; the command itself is commands/audit-verify.ts.
await runTool(auditVerify);
