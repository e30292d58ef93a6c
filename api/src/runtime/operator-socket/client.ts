import net from 'node:net';
import { AdminResponse, lineReader } from './protocol.ts';
import { AdminCommandError } from './registry.ts';

/** The admin socket could not be reached (absent, or nobody listening); worth retrying while a server starts. */
export class AdminSocketUnavailableError extends Error {
  override name = 'AdminSocketUnavailableError';
}

/** Sends one command over the admin socket and returns its result; a command's failure is thrown as its message. */
export function sendAdminCommand(
  socketPath: string,
  command: string,
  args: unknown,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      outcome();
    };
    const socket = net.createConnection(socketPath);
    socket.setEncoding('utf8');
    socket.on('connect', () => {
      socket.write(`${JSON.stringify({ command, args: args ?? {} })}\n`);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      const unavailable = error.code === 'ENOENT' || error.code === 'ECONNREFUSED';
      settle(() =>
        reject(
          unavailable
            ? new AdminSocketUnavailableError(`Nothing listens on ${socketPath}`, { cause: error })
            : error,
        ),
      );
    });
    socket.on('close', () =>
      settle(() =>
        reject(new Error(`The server closed the admin connection before answering ${command}`)),
      ),
    );
    socket.on(
      'data',
      lineReader(
        (line) => {
          const parsed = AdminResponse.safeParse(safeJson(line));
          if (!parsed.success) {
            settle(() =>
              reject(new Error('The admin socket answered something that is not a response')),
            );
          } else if (parsed.data.ok) {
            const { result } = parsed.data;
            settle(() => resolve(result));
          } else {
            const { message } = parsed.data.error;
            settle(() => reject(new AdminCommandError(message)));
          }
        },
        () => settle(() => reject(new Error('The admin socket answered with an overlong line'))),
      ),
    );
  });
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
