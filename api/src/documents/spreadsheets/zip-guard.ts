import { fromBuffer, type Entry, type ZipFile } from 'yauzl';

/**
 * What an Office Open XML file's ZIP container (a workbook, a Word document) may hold; beyond
 * it, the file is refused unread.
 */
export interface ZipLimits {
  /** What the file should be, for messages: "spreadsheet", "Word document". */
  kind: string;
  /** Entries in the archive's directory. */
  maxEntries: number;
  /** Bytes of one entry once decompressed. */
  maxEntryBytes: number;
  /** Bytes of all entries together once decompressed. */
  maxTotalBytes: number;
  /** Decompressed size over compressed size, for entries larger than 1 MiB once decompressed. */
  maxRatio: number;
  /** Entries that must be present (an XLSX has `[Content_Types].xml` and `xl/workbook.xml`). */
  requiredEntries: readonly string[];
}

/** Generous for a workbook of a few thousand rows, far below what could exhaust the server. */
export const xlsxZipLimits: ZipLimits = {
  kind: 'spreadsheet',
  maxEntries: 200,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRatio: 200,
  requiredEntries: ['[Content_Types].xml', 'xl/workbook.xml'],
};

/** A ZIP container that is broken, or would unpack to more than its limits allow. */
export class UnsafeZipError extends Error {
  override name = 'UnsafeZipError';
}

const ratioFloorBytes = 1024 * 1024;

/**
 * Checks a ZIP container before any parser unpacks it: no XLSX library limits decompression (a
 * 337 KB file held a 300 MB sheet), so the directory is read first (entry count, declared sizes,
 * compression ratio, required entries), then every entry is streamed through a byte counter that
 * stops at the limits, whatever its header claims (yauzl's `validateEntrySizes` catches entries
 * that lie about their size).
 *
 * @throws UnsafeZipError naming the limit that was passed, in words a user can act on
 */
export async function assertSafeZip(bytes: Uint8Array, limits: ZipLimits): Promise<void> {
  const zip = await open(bytes);
  try {
    const entries = await readDirectory(zip, limits);
    const names = new Set(entries.map((entry) => entry.fileName));
    const missing = limits.requiredEntries.filter((name) => !names.has(name));
    if (missing.length > 0) {
      throw new UnsafeZipError(`The file is no ${limits.kind}: it lacks ${missing.join(', ')}.`);
    }
    let total = 0;
    for (const entry of entries) {
      total += await countEntryBytes(zip, entry, limits, total);
    }
  } finally {
    zip.close();
  }
}

function open(bytes: Uint8Array): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => {
        if (error || zip === undefined) {
          reject(new UnsafeZipError('The file is not a readable ZIP container.'));
        } else resolve(zip);
      },
    );
  });
}

function readDirectory(zip: ZipFile, limits: ZipLimits): Promise<Entry[]> {
  if (zip.entryCount > limits.maxEntries) {
    return Promise.reject(
      new UnsafeZipError(
        `The file holds ${zip.entryCount} parts; a ${limits.kind} here may hold at most ${limits.maxEntries}.`,
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    let declared = 0;
    zip.on('error', () => reject(new UnsafeZipError('The file’s ZIP directory is broken.')));
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize;
      const problem = sizeProblem(entry, limits, declared);
      if (problem !== undefined) {
        reject(new UnsafeZipError(problem));
        return;
      }
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

function sizeProblem(entry: Entry, limits: ZipLimits, totalSoFar: number): string | undefined {
  if (entry.isEncrypted()) return 'The file is encrypted; save it without a password.';
  if (entry.uncompressedSize > limits.maxEntryBytes || totalSoFar > limits.maxTotalBytes) {
    return `The file would unpack to more than ${limits.maxTotalBytes / 1024 / 1024} MiB; split it into smaller files.`;
  }
  if (
    entry.uncompressedSize > ratioFloorBytes &&
    entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)
  ) {
    return `The file is compressed far more than a ${limits.kind} can be; it is refused as a possible zip bomb.`;
  }
  return undefined;
}

async function countEntryBytes(
  zip: ZipFile,
  entry: Entry,
  limits: ZipLimits,
  totalBefore: number,
): Promise<number> {
  if (entry.fileName.endsWith('/')) return 0;
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
    zip.openReadStream(entry, (error, opened) => {
      if (error || opened === undefined) {
        reject(new UnsafeZipError(`The file’s part ${entry.fileName} cannot be read.`));
      } else resolve(opened);
    });
  });
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).byteLength;
      if (bytes > limits.maxEntryBytes || totalBefore + bytes > limits.maxTotalBytes) {
        throw new UnsafeZipError(
          `The file would unpack to more than ${limits.maxTotalBytes / 1024 / 1024} MiB; split it into smaller files.`,
        );
      }
    }
  } catch (error) {
    (stream as unknown as { destroy?: () => void }).destroy?.();
    if (error instanceof UnsafeZipError) throw error;
    throw new UnsafeZipError(`The file’s part ${entry.fileName} is broken.`);
  }
  return bytes;
}
