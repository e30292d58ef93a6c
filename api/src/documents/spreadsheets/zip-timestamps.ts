/**
 * Sets every entry's modification time in a ZIP archive to 1980-01-01 00:00, the earliest MS-DOS
 * date, in both the local headers and the central directory. The XLSX writer stamps entries with
 * the time of writing, so the same sheet written in two different seconds would give different
 * bytes; a document's bytes should depend on its content alone (its hash is quoted in records).
 *
 * Walks the central directory (APPNOTE.TXT 4.3.12, 4.3.16), not the data, so no compressed byte
 * is ever mistaken for a header. Returns a copy; a buffer that is no ZIP archive is refused.
 */
export function withFixedZipTimestamps(archive: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(archive);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  for (let index = 0; index < count; index++) {
    expectSignature(view, entry, 0x02014b50);
    setDosEpoch(view, entry + 12);
    const local = view.getUint32(entry + 42, true);
    expectSignature(view, local, 0x04034b50);
    setDosEpoch(view, local + 10);
    const nameLength = view.getUint16(entry + 28, true);
    const extraLength = view.getUint16(entry + 30, true);
    const commentLength = view.getUint16(entry + 32, true);
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return bytes;
}

/** The offset of the end-of-central-directory record, searched from the end (after a comment). */
function endOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) return offset;
  }
  throw new Error('Not a ZIP archive: no end of central directory');
}

function expectSignature(view: DataView, offset: number, signature: number): void {
  if (offset + 4 > view.byteLength || view.getUint32(offset, true) !== signature) {
    throw new Error('Not a ZIP archive: a header is not where the directory says');
  }
}

/** MS-DOS time 00:00:00 and date 1980-01-01 (year 0 from 1980, month 1, day 1). */
function setDosEpoch(view: DataView, offset: number): void {
  view.setUint16(offset, 0, true);
  view.setUint16(offset + 2, (1 << 5) | 1, true);
}
