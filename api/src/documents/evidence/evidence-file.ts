import { evidenceMediaTypes } from '@tenderwise/schema';
import { fileTypeFromBuffer } from 'file-type';
import { assertSafeZip, xlsxZipLimits, type ZipLimits } from '../spreadsheets/zip-guard.ts';

export type EvidenceMediaType = (typeof evidenceMediaTypes)[number];

/** What an evidence file is by its bytes: the media type and the extension its name gets. */
export interface EvidenceFileKind {
  mediaType: EvidenceMediaType;
  extension: 'pdf' | 'png' | 'jpg' | 'docx' | 'xlsx';
}

const extensions: Record<EvidenceMediaType, EvidenceFileKind['extension']> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/**
 * A Word document's container: like a workbook's, but reports with scanned annexes hold more
 * and larger images, so more parts and more bytes are allowed; the ratio limit stays.
 */
export const docxZipLimits: ZipLimits = {
  kind: 'Word document',
  maxEntries: 1_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  requiredEntries: ['[Content_Types].xml', 'word/document.xml'],
};

/** The containers' limits by media type; the other evidence types are no ZIP containers. */
const zipLimits: Partial<Record<EvidenceMediaType, ZipLimits>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': docxZipLimits,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': xlsxZipLimits,
};

/** Accepted types, in words for a refusal. */
export const acceptedEvidenceTypes = 'PDF, PNG, JPEG, Word (DOCX) or Excel (XLSX)';

/**
 * The kind of an evidence file judged by its content (magic bytes, and for Office files the
 * container's declared parts), never by its name or the type the client declared: an HTML page
 * or a script named `.pdf` is none. Undefined for anything outside `evidenceMediaTypes`.
 */
export async function evidenceFileKindOf(bytes: Uint8Array): Promise<EvidenceFileKind | undefined> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected === undefined) return undefined;
  const mediaType = evidenceMediaTypes.find((type) => type === detected.mime);
  return mediaType === undefined ? undefined : { mediaType, extension: extensions[mediaType] };
}

/**
 * Checks an Office file's ZIP container before anything could unpack it (a zip bomb is refused
 * from its directory and by counting the bytes streamed, never by inflating it into memory).
 *
 * @throws UnsafeZipError when the container is broken or passes its limits
 */
export async function assertSafeEvidenceContainer(
  bytes: Uint8Array,
  kind: EvidenceFileKind,
): Promise<void> {
  const limits = zipLimits[kind.mediaType];
  if (limits !== undefined) await assertSafeZip(bytes, limits);
}
