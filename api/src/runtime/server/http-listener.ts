import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StartupError } from './startup-error.ts';

export interface HttpListener {
  port: number;
  /**
   * Stops accepting, lets requests in flight finish for up to `graceMs`, then cuts the remaining
   * connections. Idle keep-alive connections are closed at once, and each busy one as soon as its
   * response is sent.
   */
  close(graceMs: number): Promise<void>;
}

export async function listenHttp(
  listener: RequestListener,
  host: string,
  port: number,
): Promise<HttpListener> {
  const server = createServer(listener);
  await new Promise<void>((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) => reject(listenError(error, host, port));
    server.once('error', refused);
    server.listen(port, host, () => {
      server.off('error', refused);
      resolve();
    });
  });
  let closing: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    close(graceMs) {
      closing ??= new Promise<void>((resolve) => {
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new StartupError(`${where} is already in use (PORT, HOST)`, { cause: error });
    case 'EACCES':
      return new StartupError(`No permission to listen on ${where} (PORT, HOST)`, { cause: error });
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new StartupError(`HOST ${host} is not an address of this machine`, { cause: error });
    default:
      return error;
  }
}
