import type { ApiClient } from '#lib/api/client.ts';
import type { components } from '@tenderwise/schema/openapi-types';
import { refusal, send, type ServiceResult } from './result.ts';

export type BidImportPreview = components['schemas']['BidImportPreview'];
export type BidImportSummary = components['schemas']['BidImportSummary'];
export type BidImportMapping = components['schemas']['BidImportMapping'];
export type BidImportMappingResponse = components['schemas']['BidImportMappingResponse'];

/** The parts of the import form, as the API takes them. */
export interface ExportForm {
  tenderId: string;
  file: File;
  openingRecord: File;
  platform: string;
  openedAt: string | null;
  mapping: BidImportMapping | null;
  language: 'de' | 'en';
}

function formDataOf(input: ExportForm): FormData {
  const data = new FormData();
  data.append('file', input.file, input.file.name);
  data.append('openingRecord', input.openingRecord, input.openingRecord.name);
  data.append('platform', input.platform);
  if (input.openedAt !== null) data.append('openedAt', input.openedAt);
  if (input.mapping !== null) data.append('mapping', JSON.stringify(input.mapping));
  return data;
}

/** Reads a platform export as the import would, storing nothing. */
export async function previewBidImport(
  api: ApiClient,
  input: ExportForm,
): Promise<ServiceResult<{ preview: BidImportPreview }>> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/bid-imports/preview', {
      params: { path: { tenderId: input.tenderId }, query: { lang: input.language } },
      body: formDataOf(input) as never,
      bodySerializer: (body: unknown) => body as BodyInit,
    }),
  );
  return answer.data ? { ok: true, preview: answer.data } : refusal(answer);
}

/** Imports the bids of a platform export, all or none; `created` is false for the same file again. */
export async function importBids(
  api: ApiClient,
  input: ExportForm,
): Promise<ServiceResult<{ summary: BidImportSummary; created: boolean }>> {
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/bid-imports', {
      params: { path: { tenderId: input.tenderId }, query: { lang: input.language } },
      body: formDataOf(input) as never,
      bodySerializer: (body: unknown) => body as BodyInit,
    }),
  );
  return answer.data
    ? { ok: true, summary: answer.data, created: answer.response.status === 201 }
    : refusal(answer);
}

/** Saves the authority's column mapping of a platform. */
export async function saveBidImportMapping(
  api: ApiClient,
  input: { platform: string; mapping: BidImportMapping },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.PUT('/api/v1/bid-import-mappings/{platform}', {
      params: { path: { platform: input.platform } },
      body: { mapping: input.mapping },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}

/** The authority's saved mappings; empty when they cannot be read. */
export async function readBidImportMappings(api: ApiClient): Promise<BidImportMappingResponse[]> {
  const answer = await send(() => api.GET('/api/v1/bid-import-mappings'));
  return answer.data?.mappings ?? [];
}

/** The tender's imports, newest first; empty when they cannot be read. */
export async function readBidImports(
  api: ApiClient,
  tenderId: string,
): Promise<BidImportSummary[]> {
  const answer = await send(() =>
    api.GET('/api/v1/tenders/{tenderId}/bid-imports', { params: { path: { tenderId } } }),
  );
  return answer.data?.imports ?? [];
}
