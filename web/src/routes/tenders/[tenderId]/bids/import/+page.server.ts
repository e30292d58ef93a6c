import { error, fail, redirect } from '@sveltejs/kit';
import type { MessageKey } from '#lib/i18n/message.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import {
  importBids,
  previewBidImport,
  readBidImportMappings,
  readBidImports,
  saveBidImportMapping,
  type BidImportPreview,
  type ExportForm,
} from '#lib/services/bid-import.service.ts';
import { textField } from '#lib/forms/form-data.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { berlinInstant, mappingFromForm } from './mapping-fields.ts';
import type { Actions, PageServerLoad } from './$types';

// The import of bids the authority's e-procurement platform received and opened (§ 55 VgV):
// choose the platform, upload its export and opening record, map a sheet's columns, preview,
// import. The form keeps its files between the steps (it is not reset), so each step sends them
// again; without JavaScript the browser asks for them again.

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const api = apiFor(event);
  const [mappings, imports] = await Promise.all([
    readBidImportMappings(api),
    readBidImports(api, tender.id),
  ]);
  return { mappings, imports };
};

/** What a step returns to the page: the form's values, and the preview or the refusal. */
interface StepResult {
  platform: string;
  openedAt: string;
  preview: BidImportPreview | null;
  message: MessageKey | null;
  errors: { row: string; field: string; message: string }[];
  saved?: boolean;
}

const refusalMessages: Partial<Record<number, MessageKey>> = {
  404: 'bid_import_not_found',
  409: 'bid_import_conflict',
  413: 'bid_import_too_large',
  415: 'bid_import_wrong_type',
  422: 'bid_import_refused',
};

function readForm(data: FormData, tenderId: string): ExportForm | MessageKey {
  const file = data.get('file');
  const openingRecord = data.get('openingRecord');
  const platform = textField(data, 'platform').trim();
  if (platform === '') return 'bid_import_platform_missing';
  if (!(file instanceof File) || file.size === 0) return 'bid_import_file_missing';
  if (!(openingRecord instanceof File) || openingRecord.size === 0) {
    return 'bid_import_record_missing';
  }
  return {
    tenderId,
    file,
    openingRecord,
    platform,
    openedAt: berlinInstant(textField(data, 'openedAt')),
    mapping: mappingFromForm(data),
    language: getLocale() === 'de' ? 'de' : 'en',
  };
}

export const actions = {
  preview: async (event) => {
    const data = await event.request.formData();
    const values = { platform: textField(data, 'platform'), openedAt: textField(data, 'openedAt') };
    const form = readForm(data, event.params.tenderId);
    if (typeof form === 'string') {
      return fail(400, {
        ...values,
        preview: null,
        message: form,
        errors: [],
      } satisfies StepResult);
    }
    const result = await previewBidImport(apiFor(event), form);
    if (result.ok) {
      return {
        ...values,
        preview: result.preview,
        message: null,
        errors: result.preview.errors.map((entry) => ({ ...entry, row: String(entry.row) })),
      } satisfies StepResult;
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      ...values,
      preview: null,
      message: refusalMessages[result.problem.status] ?? 'bid_import_failed',
      errors: result.problem.errors.map((entry) => ({
        row: String(entry.row ?? entry.pointer),
        field: '',
        message: entry.detail,
      })),
    } satisfies StepResult);
  },
  saveMapping: async (event) => {
    const data = await event.request.formData();
    const values = { platform: textField(data, 'platform'), openedAt: textField(data, 'openedAt') };
    const mapping = mappingFromForm(data);
    if (values.platform.trim() === '' || mapping === null) {
      return fail(400, {
        ...values,
        preview: null,
        message: 'bid_import_mapping_missing',
        errors: [],
      } satisfies StepResult);
    }
    const result = await saveBidImportMapping(apiFor(event), {
      platform: values.platform.trim(),
      mapping,
    });
    if (result.ok) {
      return {
        ...values,
        preview: null,
        message: null,
        errors: [],
        saved: true,
      } satisfies StepResult;
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      ...values,
      preview: null,
      message: 'bid_import_mapping_refused',
      errors: result.problem.errors.map((entry) => ({
        row: entry.pointer,
        field: '',
        message: entry.detail,
      })),
    } satisfies StepResult);
  },
  import: async (event) => {
    const data = await event.request.formData();
    const values = { platform: textField(data, 'platform'), openedAt: textField(data, 'openedAt') };
    const form = readForm(data, event.params.tenderId);
    if (typeof form === 'string') {
      return fail(400, {
        ...values,
        preview: null,
        message: form,
        errors: [],
      } satisfies StepResult);
    }
    const result = await importBids(apiFor(event), form);
    if (result.ok) {
      const query = new URLSearchParams({ created: result.created ? '1' : '0' });
      redirect(
        303,
        `${localizeHref(`/tenders/${event.params.tenderId}/bids/import/${result.summary.id}`)}?${query}`,
      );
    }
    leaveIfSessionEnded(result, event.url);
    if (result.problem.status === 404) error(404, 'Not found');
    return fail(result.problem.status, {
      ...values,
      preview: null,
      message: refusalMessages[result.problem.status] ?? 'bid_import_failed',
      errors: result.problem.errors.map((entry) => ({
        row: String(entry.row ?? entry.pointer.replace(/^\/file/, '')),
        field: '',
        message: entry.detail,
      })),
    } satisfies StepResult);
  },
} satisfies Actions;
