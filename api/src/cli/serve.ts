import { runServerProcess } from '../runtime/server/run-process.ts';

await runServerProcess();
