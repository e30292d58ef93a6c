// The body of one pool worker: loads the task registry named by the pool, then runs each task it
// is sent and posts back its result or its error. One task at a time; the pool never sends more.
import { parentPort, workerData } from 'node:worker_threads';
import type { TaskRegistry } from './tasks.ts';
import type { TaskReply, TaskRequest } from './protocol.ts';

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
