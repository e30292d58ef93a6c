import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupLinkPath } from '../../../src/runtime/first-run/setup-link-file.ts';
import { migratedDataDir } from '../../fixtures/data-dir.ts';
import {
  apiDir,
  entries,
  runTool,
  startServerProcess,
  terminate,
  type ServerProcess,
} from '../../fixtures/processes.ts';

const adminCreate = path.join(apiDir, 'src/cli/admin-create.ts');
const origin = 'https://tenderwise.example';
const linkLine = new RegExp(`^  (${origin}/setup\\?token=([a-z2-7]{32}))$`);

describe('[pglite] the first start of a server without an administrator', () => {
  let dataDir: string;
  let remove: () => Promise<void>;
  let server: ServerProcess;
  let link: string;
  let token: string;

  beforeAll(async () => {
    ({ dir: dataDir, remove } = await migratedDataDir());
    server = await startServerProcess(entries.serve, { DATA_DIR: dataDir, PUBLIC_ORIGIN: origin });
    [, link, token] = linkLine.exec(await server.line(linkLine))! as unknown as [
      string,
      string,
      string,
    ];
  });
  afterAll(async () => {
    await terminate(server);
    await remove();
  });

  it('prints the setup link plainly on standard output, after it listens', () => {
    const lines = server.stdout().split('\n');
    const printedAt = lines.findIndex((line) => line.includes(link));
    const listeningAt = lines.findIndex((line) => line.includes('"msg":"listening"'));
    expect(listeningAt).toBeGreaterThanOrEqual(0);
    expect(printedAt).toBeGreaterThan(listeningAt);
  });

  it('keeps the link in an owner-only file in DATA_DIR', async () => {
    expect(await readFile(setupLinkPath(dataDir), 'utf8')).toBe(`${link}\n`);
    expect((await stat(setupLinkPath(dataDir))).mode & 0o777).toBe(0o600);
  });

  it('writes the token to no log line, the access log of the page and the API included', async () => {
    const page = await fetch(`${server.url}/setup?token=${token}`);
    await page.arrayBuffer();
    const check = await fetch(`${server.url}/api/v1/account/setup/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(await check.json()).toEqual({ status: 'valid' });
    // Both requests are logged, by path only; the lines may arrive after the answers.
    await server.line(/"path":"\/setup"/);
    await server.line(/"path":"\/api\/v1\/account\/setup\/check"/);
    const logLines = server
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(logLines.filter((line) => line.includes(token))).toEqual([]);
    expect(server.stderr()).not.toContain(token);
  });

  it('stops the link and removes its file when admin:create makes an administrator', async () => {
    const created = await runTool(
      adminCreate,
      ['--email', 'it@example.org', '--name', 'Otto Operator', '--organisation', 'Landesamt'],
      { DATA_DIR: dataDir, PUBLIC_ORIGIN: origin },
    );
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('by the running server');
    expect(await readdir(dataDir)).not.toContain(path.basename(setupLinkPath(dataDir)));
    const check = await fetch(`${server.url}/api/v1/account/setup/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(await check.json()).toEqual({ status: 'used' });
  });
});
