import { promises as fs } from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../logger.ts';
import { AdminRequest, lineReader, type AdminResponse } from './protocol.ts';
import { resolveAdminCommand, type AdminContext, type AdminRegistry } from './registry.ts';
import { prepareSocketDirectory } from './socket-path.ts';

export interface AdminServerOptions {
  socketPath: string;
  context: AdminContext;
  registry: AdminRegistry;
  logger: Logger;
}

export interface AdminServer {
  socketPath: string;
  /** Stops accepting, lets running commands finish (bounded), removes the socket file. */
  close(timeoutMs?: number): Promise<void>;
}

/**
 * Serves admin commands on a Unix socket, so tools reach the database the running server holds
 * instead of opening it a second time. Only the owner may connect: the socket is mode 0600 in a
 * directory only the owner can enter (DATA_DIR is created 0700), which also covers the moment
 * between binding and chmod.
 */
export async function startAdminServer(options: AdminServerOptions): Promise<AdminServer> {
  const { socketPath, context, registry, logger } = options;
  await prepareSocketDirectory(socketPath);
  // Left by a server that was killed; we hold the data directory's lock, so it is nobody's.
  await fs.rm(socketPath, { force: true });

  const running = new Set<Promise<unknown>>();
  const connections = new Set<net.Socket>();

  const answer = async (line: string): Promise<AdminResponse> => {
    let request: AdminRequest;
    try {
      request = AdminRequest.parse(JSON.parse(line));
    } catch {
      return failure('Malformed request: send one JSON object {"command": …, "args": …} per line');
    }
    try {
      const { command, args } = resolveAdminCommand(registry, request.command, request.args);
      logger.info({ command: command.name }, 'admin command');
      return { ok: true, result: (await command.run(context, args)) ?? null };
    } catch (error) {
      // The client shows the message; the stack is for whoever debugs the server.
      logger.warn(
        { command: request.command, reason: (error as Error).message },
        'admin command failed',
      );
      logger.debug({ err: error }, 'admin command failure');
      return failure((error as Error).message);
    }
  };

  const server = net.createServer((socket) => {
    connections.add(socket);
    socket.on('close', () => connections.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setEncoding('utf8');
    // Answers go back in request order, one command at a time per connection.
    let previous: Promise<unknown> = Promise.resolve();
    socket.on(
      'data',
      lineReader(
        (line) => {
          const work = previous.then(async () => {
            const response = await answer(line);
            if (!socket.destroyed) socket.write(`${JSON.stringify(response)}\n`);
          });
          previous = work;
          running.add(work);
          void work.finally(() => running.delete(work));
        },
        () => {
          socket.end(`${JSON.stringify(failure('Request line too long'))}\n`);
        },
      ),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  await fs.chmod(socketPath, 0o600);
  logger.debug({ socketPath }, 'admin socket listening');

  let closing: Promise<void> | undefined;
  return {
    socketPath,
    close(timeoutMs = 5_000) {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.race([Promise.allSettled([...running]), sleep(timeoutMs)]);
        // end() rather than destroy(): a response just written must still reach its client.
        for (const socket of connections) socket.end();
        await Promise.race([stopped, sleep(1_000)]);
        for (const socket of connections) socket.destroy();
        await stopped;
        await fs.rm(socketPath, { force: true });
      })();
      return closing;
    },
  };
}

function failure(message: string): AdminResponse {
  return { ok: false, error: { message } };
}
