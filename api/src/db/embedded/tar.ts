/**
 * The little of POSIX ustar that a backup needs: a few regular files, written and read back with
 * checked headers. Any tar tool can list and extract what this writes.
 */
export interface TarEntry {
  name: string;
  data: Uint8Array;
}

const block = 512;
const maxOctalSize = 8 ** 11 - 1;

export class TarFormatError extends Error {
  override name = 'TarFormatError';
}

/** The header and padded data of each entry, then the two zero blocks that end an archive. */
export function tarChunks(entries: TarEntry[], mtime: Date): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (const entry of entries) {
    chunks.push(header(entry, mtime), entry.data, new Uint8Array(padding(entry.data.length)));
  }
  chunks.push(new Uint8Array(block * 2));
  return chunks;
}

export function readTar(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + block <= archive.length) {
    const head = archive.subarray(offset, offset + block);
    if (head.every((byte) => byte === 0)) return entries;
    if (checksum(head) !== readOctal(head, 148, 8)) {
      throw new TarFormatError(`Damaged tar header at byte ${offset}`);
    }
    const size = readOctal(head, 124, 12);
    const start = offset + block;
    if (start + size > archive.length) throw new TarFormatError('The archive is truncated');
    const type = String.fromCharCode(head[156] ?? 0);
    if (type === '0' || type === '\0') {
      entries.push({ name: readString(head, 0, 100), data: archive.subarray(start, start + size) });
    }
    offset = start + size + padding(size);
  }
  throw new TarFormatError('The archive is truncated');
}

function header(entry: TarEntry, mtime: Date): Uint8Array {
  const name = new TextEncoder().encode(entry.name);
  if (name.length > 100) throw new TarFormatError(`Entry name too long: ${entry.name}`);
  if (entry.data.length > maxOctalSize) throw new TarFormatError(`Entry too large: ${entry.name}`);
  const head = new Uint8Array(block);
  head.set(name, 0);
  writeOctal(head, 100, 8, 0o600);
  writeOctal(head, 108, 8, 0);
  writeOctal(head, 116, 8, 0);
  writeOctal(head, 124, 12, entry.data.length);
  writeOctal(head, 136, 12, Math.floor(mtime.getTime() / 1000));
  head.fill(0x20, 148, 156);
  head[156] = '0'.charCodeAt(0);
  head.set(new TextEncoder().encode('ustar\u000000'), 257);
  writeOctal(head, 148, 7, checksum(head));
  return head;
}

/** Sum of the header bytes with the checksum field counted as spaces. */
function checksum(head: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < block; i++) sum += i >= 148 && i < 156 ? 0x20 : (head[i] ?? 0);
  return sum;
}

function writeOctal(head: Uint8Array, offset: number, length: number, value: number): void {
  const digits = value.toString(8).padStart(length - 1, '0');
  head.set(new TextEncoder().encode(digits), offset);
  head[offset + length - 1] = 0;
}

function readOctal(head: Uint8Array, offset: number, length: number): number {
  const text = readString(head, offset, length).trim();
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError('Not a tar archive');
  return parseInt(text, 8);
}

function readString(head: Uint8Array, offset: number, length: number): string {
  const field = head.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return new TextDecoder().decode(end === -1 ? field : field.subarray(0, end));
}

function padding(size: number): number {
  return (block - (size % block)) % block;
}
