import type { Context } from 'hono';
import type { BidImportForm } from '@tenderwise/schema';
import type { z } from 'zod';
import type { AppEnv } from '../../http/env.ts';
import type { ExportUpload } from '../../services/bid-imports/read-export.ts';

/**
 * A 20 MB export with its opening record and the form's framing must pass; anything over this
 * is refused with 413 before it is read.
 */
export const maxBidImportBodyBytes = 24 * 1024 * 1024;

/** The form's parts as the services take them. */
export async function exportUploadOf(
  _c: Context<AppEnv>,
  form: z.output<typeof BidImportForm>,
  language: 'de' | 'en',
): Promise<ExportUpload> {
  return {
    fileName: form.file.name || 'export',
    file: new Uint8Array(await form.file.arrayBuffer()),
    openingRecordName: form.openingRecord.name || 'opening-record',
    openingRecord: new Uint8Array(await form.openingRecord.arrayBuffer()),
    platform: form.platform,
    mapping: form.mapping,
    openedAt: form.openedAt,
    language,
  };
}

/** What the preview and the import say about the form, for vendors' developers. */
export const formDescription =
  'The body is `multipart/form-data`: `file`, the platform’s export, judged by its content ' +
  '(our JSON format `BidImportFile`, an XLSX workbook’s first sheet, or CSV in UTF-8 with ' +
  'semicolons or commas; anything else gets 415); `openingRecord`, the platform’s opening ' +
  'record (Öffnungsniederschrift, any file: its name and SHA-256 are kept, not its bytes); ' +
  '`platform`, the platform’s name; for XLSX/CSV `openedAt`, when the platform opened the ' +
  'bids, and `mapping`, a `BidImportMapping` as JSON text, or nothing to use the mapping the ' +
  'authority saved for the platform (`saveBidImportMapping`). The body may be up to 24 MiB ' +
  '(a 20 MB export passes); larger gets 413 before anything is read. Only for tenders whose ' +
  'bids are received on the platform (`bidIntake` platform; otherwise 409), published, after ' +
  'the submission deadline: bids are opened only after it (§ 55 (1) VgV; before it 409). ' +
  'Every answer must name a criterion of its lot’s latest published scheme version and be of ' +
  'the kind the criterion takes; each bid must satisfy `BidContent`; a bidder appears once ' +
  'per lot, also across imports.';
