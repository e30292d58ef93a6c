import { stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAdminCommand } from '../../../src/runtime/operator-socket/client.ts';
import { adminCommands } from '../../../src/runtime/operator-socket/commands/index.ts';
import type { StatusResult } from '../../../src/runtime/operator-socket/commands/status.ts';
import {
  createAdminRegistry,
  defineAdminCommand,
} from '../../../src/runtime/operator-socket/registry.ts';
import { startAdminServer, type AdminServer } from '../../../src/runtime/operator-socket/server.ts';
import { adminSocketPath } from '../../../src/runtime/operator-socket/socket-path.ts';
import { loadConfig } from '../../../src/config.ts';
import { openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { scratchDir } from '../../fixtures/processes.ts';

const logger = pino({ level: 'silent' });

const slowCommand = defineAdminCommand({
  name: 'test:slow',
  summary: 'Takes its time, to stop the server while it runs',
  args: z.object({ ms: z.number() }),
  createsDatabase: false,
  async run(_ctx, { ms }) {
    await sleep(ms);
    return { slept: ms };
  },
});

/** Runs until the test releases it, and says when it has started. */
let heldCommandStarted: () => void = () => {};
let releaseHeldCommand: () => void = () => {};
const heldCommand = defineAdminCommand({
  name: 'test:held',
  summary: 'Runs until released, to stop the server while it runs',
  args: z.object({}),
  createsDatabase: false,
  async run() {
    const released = new Promise<void>((resolve) => (releaseHeldCommand = resolve));
    heldCommandStarted();
    await released;
    return { held: true };
  },
});

/** Sends raw lines on one connection and collects one response line per request. */
async function exchange(socketPath: string, lines: string[]): Promise<unknown[]> {
  const socket = net.createConnection(socketPath);
  socket.setEncoding('utf8');
  let received = '';
  const answered = new Promise<void>((resolve, reject) => {
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (received.split('\n').filter(Boolean).length >= lines.length) resolve();
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error(`The socket closed after: ${received}`)));
  });
  socket.write(lines.map((line) => `${line}\n`).join(''));
  await answered;
  socket.destroy();
  return received
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('[pglite] admin socket', () => {
  let database: TestDatabase;
  let dir: string;
  let remove: () => Promise<void>;
  let admin: AdminServer;
  let socketPath: string;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    ({ dir, remove } = await scratchDir());
    const config = loadConfig({ DATA_DIR: dir });
    socketPath = adminSocketPath(dir);
    admin = await startAdminServer({
      socketPath,
      context: { db: database.db, handle: database, config, logger },
      registry: createAdminRegistry([...adminCommands, slowCommand, heldCommand]),
      logger,
    });
  });
  afterAll(async () => {
    await admin.close();
    await database.close();
    await remove();
  });

  it('listens in DATA_DIR, owner only', async () => {
    expect(socketPath).toBe(path.join(dir, 'admin.sock'));
    expect((await stat(socketPath)).mode & 0o777).toBe(0o600);
  });

  it('runs a registered command', async () => {
    const status = (await sendAdminCommand(socketPath, 'status', {})) as StatusResult;
    expect(status).toMatchObject({ backend: 'pglite', pid: process.pid });
    expect(status.migrations.pending).toEqual([]);
  });

  it('answers each request line in order, errors included, on one connection', async () => {
    const responses = await exchange(socketPath, [
      'not json',
      JSON.stringify({ command: 'no-such-command' }),
      JSON.stringify({ command: 'test:slow', args: { ms: 'long' } }),
      JSON.stringify({ command: 'test:slow', args: { ms: 1 } }),
    ]);
    expect(responses).toEqual([
      { ok: false, error: { message: expect.stringMatching(/^Malformed request/) } },
      {
        ok: false,
        error: { message: expect.stringMatching(/^Unknown admin command "no-such-command"/) },
      },
      {
        ok: false,
        error: { message: expect.stringMatching(/^Invalid arguments for test:slow: ms:/) },
      },
      { ok: true, result: { slept: 1 } },
    ]);
  });

  it('reports a failing command as an error message to the client', async () => {
    await expect(
      sendAdminCommand(socketPath, 'backup', { file: 'relative.tar.gz' }),
    ).rejects.toThrow(/file: must be an absolute path/);
  });

  it('uses a short private path when DATA_DIR is too long for a Unix socket', async () => {
    const longDir = path.join(dir, 'x'.repeat(120));
    const fallback = adminSocketPath(longDir);
    expect(Buffer.byteLength(fallback)).toBeLessThanOrEqual(107);
    expect(fallback.startsWith(os.tmpdir())).toBe(true);
    expect(adminSocketPath(longDir)).toBe(fallback);
    const config = loadConfig({ DATA_DIR: longDir });
    const other = await startAdminServer({
      socketPath: fallback,
      context: { db: database.db, handle: database, config, logger },
      registry: createAdminRegistry(adminCommands),
      logger,
    });
    try {
      expect((await stat(path.dirname(fallback))).mode & 0o777).toBe(0o700);
      expect(await sendAdminCommand(fallback, 'status', {})).toMatchObject({ backend: 'pglite' });
    } finally {
      await other.close();
    }
    await expect(stat(fallback)).rejects.toThrow(/ENOENT/);
  });

  it('lets a running command finish when closing, then removes the socket', async () => {
    const started = new Promise<void>((resolve) => (heldCommandStarted = resolve));
    const held = sendAdminCommand(socketPath, 'test:held', {});
    await started;
    const closed = admin.close();
    releaseHeldCommand();
    expect(await held).toEqual({ held: true });
    await closed;
    await expect(stat(socketPath)).rejects.toThrow(/ENOENT/);
  });
});
