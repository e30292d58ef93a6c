import { runServerProcess } from '../server/run-process.ts';

await runServerProcess();
