/** What the pool sends a worker. */
export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}

/** What a worker sends back: the task's result, or the name and message of what it threw. */
export type TaskReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; name: string; message: string };
