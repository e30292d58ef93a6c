import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGzip, gunzip } from 'node:zlib';
import { z } from 'zod';
import { isErrno, syncDirectory } from './layout.ts';
import { readTar, tarChunks, TarFormatError } from './tar.ts';

/**
 * A backup is a gzipped tar holding, in this order, a manifest and PGlite's dump of the data
 * directory. The manifest comes first so a file is recognised, and checked against the dump's
 * SHA-256, before anything is written; `tar tzf` lists both for a curious operator.
 */
export const backupEntries = {
  manifest: 'tenderwise-backup.json',
  data: 'pgdata.tar',
} as const;

const BackupManifest = z.object({
  format: z.literal('tenderwise-backup'),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  instanceId: z.uuid(),
  postgresVersion: z.string(),
  migrations: z.array(z.string()),
  data: z.object({
    file: z.literal(backupEntries.data),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});
export type BackupManifest = z.output<typeof BackupManifest>;

export type BackupDescription = Omit<BackupManifest, 'format' | 'version' | 'data'>;

/** The file is not a Tenderwise backup, or not an intact one. */
export class InvalidBackupError extends Error {
  override name = 'InvalidBackupError';
}

export interface WrittenBackup {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

/**
 * Writes the archive to a temporary file beside `file` and links it into place only when complete
 * and flushed, so a crash leaves no half-written backup under the final name. An existing file is
 * never overwritten.
 */
export async function writeBackupArchive(
  file: string,
  description: BackupDescription,
  pgdata: Uint8Array,
): Promise<WrittenBackup> {
  const manifest: BackupManifest = {
    format: 'tenderwise-backup',
    version: 1,
    ...description,
    data: { file: backupEntries.data, bytes: pgdata.length, sha256: sha256(pgdata) },
  };
  const entries = [
    {
      name: backupEntries.manifest,
      data: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    },
    { name: backupEntries.data, data: pgdata },
  ];
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const partial = path.join(
    dir,
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.partial`,
  );
  try {
    await pipeline(
      Readable.from(tarChunks(entries, new Date(manifest.createdAt))),
      createGzip(),
      // Backups hold everything the database holds, password hashes included: owner only.
      createWriteStream(partial, { flags: 'wx', mode: 0o600, flush: true }),
    );
    try {
      await fs.link(partial, file);
    } catch (error) {
      if (isErrno(error, 'EEXIST')) {
        // eslint-disable-next-line preserve-caught-error -- the errno text would only repeat this message
        throw new Error(`${file} already exists; choose another name`);
      }
      throw error;
    }
    await syncDirectory(dir);
  } finally {
    await fs.rm(partial, { force: true });
  }
  const { size } = await fs.stat(file);
  return { file, bytes: size, manifest };
}

export interface BackupContents {
  manifest: BackupManifest;
  pgdata: Uint8Array;
}

/** Reads and checks a backup completely, in memory; throws {@link InvalidBackupError} for anything else. */
export async function readBackupArchive(file: string): Promise<BackupContents> {
  const notBackup = (why: string) =>
    new InvalidBackupError(`${file} is not a Tenderwise backup: ${why}`);
  let compressed: Buffer;
  try {
    compressed = await fs.readFile(file);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) throw new InvalidBackupError(`${file} does not exist`);
    if (isErrno(error, 'EISDIR')) throw notBackup('it is a directory');
    throw error;
  }
  if (compressed[0] !== 0x1f || compressed[1] !== 0x8b)
    throw notBackup('it is not gzip-compressed');
  let archive: Buffer;
  try {
    archive = await promisify(gunzip)(compressed);
  } catch (error) {
    throw notBackup(`it cannot be decompressed (${(error as Error).message})`);
  }
  let entries;
  try {
    entries = readTar(archive);
  } catch (error) {
    if (error instanceof TarFormatError) throw notBackup(error.message);
    throw error;
  }
  const [first, second] = entries;
  if (first?.name !== backupEntries.manifest || second?.name !== backupEntries.data) {
    throw notBackup(`it does not start with ${backupEntries.manifest}`);
  }
  const manifest = parseManifest(first.data, notBackup);
  if (second.data.length !== manifest.data.bytes || sha256(second.data) !== manifest.data.sha256) {
    throw new InvalidBackupError(`${file} is damaged: its data does not match its checksum`);
  }
  return { manifest, pgdata: second.data };
}

function parseManifest(
  bytes: Uint8Array,
  notBackup: (why: string) => InvalidBackupError,
): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw notBackup('its manifest is not JSON');
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > 1) {
    throw new InvalidBackupError(
      `This backup has format version ${version}; this Tenderwise reads version 1. Restore it with a newer release.`,
    );
  }
  const parsed = BackupManifest.safeParse(json);
  if (!parsed.success) throw notBackup('its manifest is not a Tenderwise backup manifest');
  return parsed.data;
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
