import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidBackupError,
  readBackupArchive,
  writeBackupArchive,
  type BackupDescription,
} from '../../../src/db/embedded/backup-archive.ts';
import { tarChunks } from '../../../src/db/embedded/tar.ts';
import { scratchDir } from '../../fixtures/processes.ts';

const description: BackupDescription = {
  createdAt: '2026-11-28T04:30:00.000Z',
  instanceId: '1c5fb98c-51bd-460b-90b4-28c01254e904',
  postgresVersion: '18.7',
  migrations: ['20261128000000_create_instance'],
};

describe('backup archive', () => {
  let dir: string;
  let remove: () => Promise<void>;
  const data = randomBytes(70_000);

  beforeAll(async () => {
    ({ dir, remove } = await scratchDir());
  });
  afterAll(() => remove());

  const gzipTar = (entries: { name: string; data: Uint8Array }[]) =>
    gzipSync(Buffer.concat(tarChunks(entries, new Date())));

  it('reads back what it wrote, owner-readable only, and leaves no temporary file', async () => {
    const file = path.join(dir, 'roundtrip', 'backup.tar.gz');
    const written = await writeBackupArchive(file, description, data);
    expect(written.manifest).toMatchObject({
      format: 'tenderwise-backup',
      version: 1,
      ...description,
    });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(path.dirname(file))).toEqual(['backup.tar.gz']);
    const read = await readBackupArchive(file);
    expect(read.manifest).toEqual(written.manifest);
    expect(Buffer.from(read.pgdata).equals(data)).toBe(true);
  });

  it('is a tar.gz any tar tool lists, manifest first', async () => {
    const file = path.join(dir, 'listed.tar.gz');
    await writeBackupArchive(file, description, data);
    const { stdout } = await promisify(execFile)('tar', ['tzf', file]);
    expect(stdout.trim().split('\n')).toEqual(['tenderwise-backup.json', 'pgdata.tar']);
  });

  it('never overwrites an existing file', async () => {
    const file = path.join(dir, 'exists.tar.gz');
    await writeFile(file, 'precious');
    await expect(writeBackupArchive(file, description, data)).rejects.toThrow(/already exists/);
    expect(await readFile(file, 'utf8')).toBe('precious');
  });

  it.each([
    ['a text file', () => Buffer.from('hello')],
    ['gzip that is not a tar', () => gzipSync('just text')],
    ['a tar without a manifest', () => gzipTar([{ name: 'pgdata.tar', data }])],
    [
      'a tar whose manifest is not ours',
      () =>
        gzipTar([
          { name: 'tenderwise-backup.json', data: Buffer.from('{"format":"other"}') },
          { name: 'pgdata.tar', data },
        ]),
    ],
  ])('refuses %s as not a Tenderwise backup', async (name, content) => {
    const file = path.join(dir, `${name.replaceAll(' ', '-')}.bin`);
    await writeFile(file, content());
    await expect(readBackupArchive(file)).rejects.toThrow(/is not a Tenderwise backup/);
  });

  it('refuses a backup whose data does not match its checksum', async () => {
    const file = path.join(dir, 'tampered.tar.gz');
    const { manifest } = await writeBackupArchive(file, description, data);
    const tampered = Buffer.from(data);
    tampered[1000] = (tampered[1000]! + 1) % 256;
    await writeFile(
      file,
      gzipTar([
        { name: 'tenderwise-backup.json', data: Buffer.from(JSON.stringify(manifest)) },
        { name: 'pgdata.tar', data: tampered },
      ]),
    );
    const error = await readBackupArchive(file).catch((caught) => caught);
    expect(error).toBeInstanceOf(InvalidBackupError);
    expect(error.message).toMatch(/damaged/);
  });

  it('refuses a truncated backup', async () => {
    const file = path.join(dir, 'truncated.tar.gz');
    await writeBackupArchive(path.join(dir, 'whole.tar.gz'), description, data);
    const whole = await readFile(path.join(dir, 'whole.tar.gz'));
    await writeFile(file, whole.subarray(0, whole.length / 2));
    await expect(readBackupArchive(file)).rejects.toBeInstanceOf(InvalidBackupError);
  });
});
