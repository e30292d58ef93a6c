// The body of one pool worker: loads the task registry named by the pool, then runs each task it
// is sent and posts back its result or its error. One task at a time; the pool never sends more.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { TaskRegistry } from './tasks.ts';
import type { TaskReply, TaskRequest } from './protocol.ts';

/** The nice value of pool workers: below the request thread's 0 (ADR 0021). */
const workerNiceness = 10;

// Linux gives each thread a nice value of its own: lowered here, a worker yields the cores to the
// event loop whenever both want them, so requests are answered first when analyses fill the
// machine. Elsewhere (or where not allowed) the worker keeps the process's priority.
try {
  const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isSafeInteger(threadId) && threadId > 0) setPriority(threadId, workerNiceness);
} catch {
  // Not Linux: no per-thread priority to set.
}

const port = parentPort!;
const { tasksModule } = workerData as { tasksModule: string };
const { tasks } = (await import(tasksModule)) as { tasks: TaskRegistry };

port.on('message', (request: TaskRequest) => {
  void run(request).then((reply) => port.postMessage(reply));
});

async function run({ id, task, input }: TaskRequest): Promise<TaskReply> {
  const fn = Object.hasOwn(tasks, task) ? tasks[task] : undefined;
  if (!fn) return { id, ok: false, name: 'UnknownTaskError', message: `No task "${task}"` };
  try {
    return { id, ok: true, value: await (fn as (input: unknown) => unknown)(input) };
  } catch (error) {
    const { name, message } =
      error instanceof Error ? error : { name: 'Error', message: String(error) };
    return { id, ok: false, name, message };
  }
}
