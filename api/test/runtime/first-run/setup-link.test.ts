import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import {
  setupLinkFileName,
  setupLinkPath,
} from '../../../src/runtime/first-run/setup-link-file.ts';
import { setupLink } from '../../../src/runtime/first-run/setup-link.ts';
import { checkSetupToken } from '../../../src/services/setup/check-setup-token.ts';
import { createAdministrator } from '../../../src/services/users/create-administrator.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { operatorPrincipal, serviceContextFor } from '../../harness/service-context.ts';
import { captureLogs } from '../../http/test-app.ts';

const origin = 'https://tenderwise.example.org';
const linkPattern = /https:\/\/tenderwise\.example\.org\/setup\?token=([a-z2-7]{32})/;

describeDatabase('the setup link a server start offers', (backend) => {
  let database: TestDatabase;
  let dataDir: string;
  const clock = fixedClock();

  beforeEach(async () => {
    database = await openTestDatabase(backend);
    dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'tw-setup-')), 'data');
  });
  afterEach(async () => {
    await database.close();
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  });

  /** One server process's setup link, with what it printed and logged. */
  function serverProcess() {
    const printed: string[] = [];
    const logs = captureLogs();
    const link = setupLink({
      db: database.db,
      clock,
      config: { dataDir },
      logger: logs.logger,
      terminal: { write: (text: string) => printed.push(text) },
    });
    return { link, printed: () => printed.join(''), logs };
  }

  const statusOf = (token: string) =>
    checkSetupToken({ ctx: serviceContextFor(database.db, clock), input: { token } });

  it('prints the link for the public origin, keeps it in an owner-only file, and logs neither', async () => {
    const server = serverProcess();
    await server.link.offer(origin);

    const token = linkPattern.exec(server.printed())?.[1];
    expect(token, server.printed()).toBeDefined();
    // Plain text for a person, not a JSON log line.
    expect(server.printed()).not.toMatch(/^\{/m);
    expect(await readFile(setupLinkPath(dataDir), 'utf8')).toBe(`${origin}/setup?token=${token}\n`);
    expect((await stat(setupLinkPath(dataDir))).mode & 0o777).toBe(0o600);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    expect(await statusOf(token!)).toBe('valid');

    expect(server.logs.raw()).toContain('no administrator yet');
    expect(server.logs.raw()).toContain(setupLinkFileName);
    expect(server.logs.raw()).not.toContain(token!);
  });

  it('replaces the link and the file at the next start', async () => {
    const first = serverProcess();
    await first.link.offer(origin);
    const old = linkPattern.exec(first.printed())![1]!;
    const second = serverProcess();
    await second.link.offer(origin);
    const fresh = linkPattern.exec(second.printed())![1]!;

    expect(fresh).not.toBe(old);
    expect(await statusOf(old)).toBe('unknown');
    expect(await statusOf(fresh)).toBe('valid');
    expect(await readFile(setupLinkPath(dataDir), 'utf8')).toContain(fresh);
  });

  it('leaves a newer link in the file when the process that wrote an older one stops', async () => {
    const first = serverProcess();
    await first.link.offer(origin);
    const second = serverProcess();
    await second.link.offer(origin);

    await first.link.close();
    expect(await readFile(setupLinkPath(dataDir), 'utf8')).toContain(
      linkPattern.exec(second.printed())![1]!,
    );
    await second.link.close();
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('removes the file once the setup has created an administrator', async () => {
    const server = serverProcess();
    await server.link.offer(origin);
    await server.link.administratorCreated();
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('offers nothing and removes a file left behind once admin:create made an administrator', async () => {
    const before = serverProcess();
    await before.link.offer(origin);
    const token = linkPattern.exec(before.printed())![1]!;
    await createAdministrator({
      ctx: serviceContextFor(database.db, clock, operatorPrincipal('admin:create')),
      input: { email: 'it@example.org', displayName: 'Otto Operator', organisationName: 'Amt' },
    });
    expect(await statusOf(token)).toBe('used');
    // A file the command could not remove (it ran elsewhere), as the next start finds it.
    await writeFile(setupLinkPath(dataDir), `${origin}/setup?token=${token}\n`, { mode: 0o600 });

    const after = serverProcess();
    await after.link.offer(origin);
    expect(after.printed()).toBe('');
    expect(await readdir(dataDir)).toEqual([]);
  });
});
