import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  evidenceMediaTypes,
  type AuthorityListResponse,
  type EvidenceDocumentListResponse,
  type EvidenceGrantListResponse,
  type SelfAssessmentVersionResponse,
  type VendorServiceResponse,
} from '@tenderwise/schema';
import type { z } from 'zod';
import { vendorArea } from '#lib/account/signed-in-user.ts';
import { textField } from '#lib/forms/form-data.ts';
import { formError, formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import {
  evidenceMaxBytesOf,
  formatByteLimit,
  formBodyDecision,
} from '#lib/server/form-body-limits.ts';
import { leaveIfSessionEnded, requireUser } from '#lib/server/require-user.ts';
import { vendorCall } from '#lib/server/vendor-api.ts';
import {
  contentOfValues,
  draftLists,
  draftSections,
  valuesOfContent,
} from '#lib/vendor/draft-form.ts';
import { editorCatalogue } from '#lib/vendor/editor-catalogue.ts';
import { formValues, placeProblem } from '#lib/vendor/pointer-form.ts';
import { required } from '#lib/vendor/vendor-reads.ts';
import type { Actions, PageServerLoad } from './$types';

type VersionList = {
  items: {
    id: string;
    number: number;
    publishedAt: string | null;
    status: 'draft' | 'published';
  }[];
};
type Documents = z.output<typeof EvidenceDocumentListResponse>;
type Grants = z.output<typeof EvidenceGrantListResponse>;
type Authorities = z.output<typeof AuthorityListResponse>;

const notices = [
  'draft-created',
  'saved',
  'published',
  'imported',
  'uploaded',
  'deleted',
  'granted',
  'revoked',
] as const;

export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  requireUser(user, event.url, vendorArea);
  const base = `/vendor-services/${encodeURIComponent(event.params.serviceId)}`;
  const [service, versions, documents, grants, authorities, catalogue] = await Promise.all([
    vendorCall<VendorServiceResponse>(event, 'GET', base),
    vendorCall<VersionList>(event, 'GET', `${base}/versions`),
    vendorCall<Documents>(event, 'GET', `${base}/evidence`),
    vendorCall<Grants>(event, 'GET', `${base}/evidence-grants`),
    vendorCall<Authorities>(event, 'GET', '/authorities'),
    apiFor(event).GET('/api/v1/catalogue/entries'),
  ]);
  const serviceData = required(event, service, 'Vendor service');
  const versionList = required(event, versions, 'Versions').items;
  const draftRef = serviceData.draft;
  const draft = draftRef
    ? required(
        event,
        await vendorCall<SelfAssessmentVersionResponse>(
          event,
          'GET',
          `${base}/versions/${draftRef.number}`,
        ),
        'Draft',
      )
    : null;
  const locale = getLocale() === 'en' ? 'en' : 'de';
  const editor = editorCatalogue(catalogue.data?.entries ?? [], locale);
  if (editor.levels.length === 0) {
    editor.levels = [0, 1, 2, 3, 4].map((level) => ({
      value: String(level),
      label: `SEAL-${level}`,
    }));
  }
  const notice = event.url.searchParams.get('notice');
  return {
    service: serviceData,
    versions: versionList,
    draft: draft && {
      number: draft.number,
      version: draft.version,
      values: valuesOfContent(draft.content, editor.choices),
    },
    catalogue: editor,
    documents: documents.ok ? documents.data.items : null,
    grants: grants.ok ? grants.data.items : null,
    authorities: authorities.ok ? authorities.data.items : null,
    confirmPublish: draft !== null && event.url.searchParams.has('publish'),
    notice: notices.find((known) => known === notice) ?? null,
    evidenceLimit: formatByteLimit(evidenceMaxBytesOf(process.env.EVIDENCE_MAX_BYTES), getLocale()),
  };
};

/** The message for an evidence file over the limit, naming the limit in the page's language. */
function fileTooLarge(evidenceMaxBytes: number) {
  return {
    key: 'vendor_evidence_too_large' as const,
    values: { limit: formatByteLimit(evidenceMaxBytes, getLocale()) },
  };
}

/** Whether reading the body stopped at the server's limit (SvelteKit's 413, maybe wrapped). */
function isBodyTooLarge(error: unknown): boolean {
  for (let cause = error; typeof cause === 'object' && cause !== null;) {
    if ((cause as { status?: unknown }).status === 413) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

function serviceBase(event: Pick<RequestEvent, 'params'>): string {
  return `/vendor-services/${encodeURIComponent(event.params.serviceId ?? '')}`;
}

function done(event: RequestEvent, notice: (typeof notices)[number]): never {
  redirect(
    303,
    `${localizeHref(`/vendor/services/${event.params.serviceId}`)}?${new URLSearchParams({ notice })}`,
  );
}

/** The editor's choices of scheme and type, for turning the form back into content. */
async function attestationChoices(event: RequestEvent) {
  const catalogue = await apiFor(event).GET('/api/v1/catalogue/entries', {
    params: { query: { kind: 'attestation' } },
  });
  const locale = getLocale() === 'en' ? 'en' : 'de';
  return editorCatalogue(catalogue.data?.entries ?? [], locale).choices;
}

export const actions = {
  createDraft: async (event) => {
    const copyOf = Number(textField(await event.request.formData(), 'copyOf'));
    const created = await vendorCall(event, 'POST', `${serviceBase(event)}/versions`, {
      json: Number.isInteger(copyOf) && copyOf > 0 ? { copyOf } : {},
    });
    if (!created.ok) {
      leaveIfSessionEnded(created, event.url);
      return fail(created.problem.status, {
        form: 'createDraft' as const,
        errors: formErrorsFromProblem(created.problem),
      });
    }
    done(event, 'draft-created');
  },

  saveDraft: async (event) => {
    const data = await event.request.formData();
    const values = formValues(data);
    const version = Number(textField(data, 'version'));
    const number = Number(textField(data, 'number'));
    const reading = contentOfValues(values, await attestationChoices(event), () =>
      crypto.randomUUID(),
    );
    if (Object.keys(reading.errors).length > 0) {
      return fail(400, {
        form: 'draft' as const,
        values,
        errors: reading.errors,
        message: { key: 'vendor_form_has_errors' } as const,
      });
    }
    const saved = await vendorCall(event, 'PUT', `${serviceBase(event)}/versions/${number}`, {
      json: { content: reading.content, version },
    });
    if (saved.ok) done(event, 'saved');
    leaveIfSessionEnded(saved, event.url);
    const placed = placeProblem(saved.problem, {
      strip: '/content',
      rows: reading.rows,
      sections: draftSections,
    });
    return fail(saved.problem.status, {
      form: 'draft' as const,
      values,
      errors: placed.errors,
      message:
        saved.problem.slug === 'conflict'
          ? ({ key: 'vendor_draft_conflict' } as const)
          : ({ key: 'vendor_form_has_errors' } as const),
    });
  },

  publish: async (event) => {
    const data = await event.request.formData();
    const number = Number(textField(data, 'number'));
    const version = Number(textField(data, 'version'));
    const published = await vendorCall(
      event,
      'POST',
      `${serviceBase(event)}/versions/${number}/publish`,
      { json: { version } },
    );
    if (published.ok) done(event, 'published');
    leaveIfSessionEnded(published, event.url);
    // The parts the draft still lacks, next to their sections of the editor.
    const placed = placeProblem(published.problem, {
      strip: '/content',
      rows: Object.fromEntries(draftLists.map((list) => [list, []])),
      sections: draftSections,
    });
    return fail(published.problem.status, {
      form: 'publish' as const,
      errors: placed.errors,
      message:
        published.problem.status === 422
          ? ({ key: 'vendor_publish_incomplete' } as const)
          : formErrorsFromProblem(published.problem).form,
    });
  },

  import: async (event) => {
    const file = (await event.request.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, {
        form: 'import' as const,
        errors: { form: null, fields: { file: [{ key: 'vendor_file_required' as const }] } },
        pointers: [],
      });
    }
    let transfer: unknown;
    try {
      transfer = JSON.parse(await file.text());
    } catch {
      return fail(400, {
        form: 'import' as const,
        errors: { form: null, fields: { file: [{ key: 'vendor_import_not_json' as const }] } },
        pointers: [],
      });
    }
    const imported = await vendorCall(event, 'POST', `${serviceBase(event)}/import`, {
      json: transfer,
    });
    if (imported.ok) done(event, 'imported');
    leaveIfSessionEnded(imported, event.url);
    return fail(imported.problem.status, {
      form: 'import' as const,
      errors: formErrorsFromProblem(imported.problem),
      pointers: [...new Set(imported.problem.errors.map((error) => error.pointer))],
    });
  },

  uploadEvidence: async (event) => {
    const evidenceMaxBytes = evidenceMaxBytesOf(process.env.EVIDENCE_MAX_BYTES);
    const tooLarge = () =>
      fail(413, {
        form: 'upload' as const,
        values: { title: '', confidential: false },
        errors: { form: null, fields: { file: [fileTooLarge(evidenceMaxBytes)] } },
      });
    // Refused by its declared length, before the file is read (#lib/server/form-body-limits.ts).
    const decision = formBodyDecision({
      method: event.request.method,
      url: event.url,
      contentLength: event.request.headers.get('content-length'),
      chunked: event.request.headers.has('transfer-encoding'),
      evidenceMaxBytes,
    });
    if (decision === 'tooLarge') return tooLarge();
    let data: FormData;
    try {
      data = await event.request.formData();
    } catch (error) {
      // A body without a declared length stops at the server's limit while it is read.
      if (isBodyTooLarge(error)) return tooLarge();
      throw error;
    }
    const title = textField(data, 'title').trim();
    const confidential = textField(data, 'confidential') === 'true';
    const file = data.get('file');
    const values = { title, confidential };
    const fields: Record<string, { key: 'form_field_required' | 'vendor_file_required' }[]> = {};
    if (title === '') fields.title = [{ key: 'form_field_required' }];
    if (!(file instanceof File) || file.size === 0) fields.file = [{ key: 'vendor_file_required' }];
    if (Object.keys(fields).length > 0 || !(file instanceof File)) {
      return fail(400, { form: 'upload' as const, values, errors: { form: null, fields } });
    }
    const query = new URLSearchParams({ title, confidential: String(confidential) });
    const uploaded = await vendorCall(event, 'POST', `${serviceBase(event)}/evidence?${query}`, {
      bytes: file,
      // The API judges the type by content; it takes the declared type only from its own list.
      contentType: (evidenceMediaTypes as readonly string[]).includes(file.type)
        ? file.type
        : 'application/octet-stream',
    });
    if (uploaded.ok) done(event, 'uploaded');
    leaveIfSessionEnded(uploaded, event.url);
    const status = uploaded.problem.status;
    const fileProblem =
      status === 413
        ? fileTooLarge(evidenceMaxBytes)
        : status === 415 || status === 422
          ? { key: 'vendor_evidence_type_refused' as const }
          : null;
    return fail(status, {
      form: 'upload' as const,
      values,
      errors: fileProblem
        ? { form: null, fields: { file: [fileProblem] } }
        : formErrorsFromProblem(uploaded.problem, { fields: { '/title': 'title' } }),
    });
  },

  deleteEvidence: async (event) => {
    const documentId = textField(await event.request.formData(), 'documentId');
    const deleted = await vendorCall(
      event,
      'DELETE',
      `${serviceBase(event)}/evidence/${encodeURIComponent(documentId)}`,
    );
    if (deleted.ok) done(event, 'deleted');
    leaveIfSessionEnded(deleted, event.url);
    return fail(deleted.problem.status, {
      form: 'deleteEvidence' as const,
      errors:
        deleted.problem.status === 409
          ? formError('vendor_evidence_cited')
          : formErrorsFromProblem(deleted.problem),
    });
  },

  grant: async (event) => {
    const authorityId = textField(await event.request.formData(), 'authorityId');
    const granted = await vendorCall(event, 'POST', `${serviceBase(event)}/evidence-grants`, {
      json: { authorityId },
    });
    if (granted.ok) done(event, 'granted');
    leaveIfSessionEnded(granted, event.url);
    return fail(granted.problem.status, {
      form: 'grants' as const,
      errors: formErrorsFromProblem(granted.problem),
    });
  },

  revokeGrant: async (event) => {
    const grantId = textField(await event.request.formData(), 'grantId');
    const revoked = await vendorCall(
      event,
      'DELETE',
      `${serviceBase(event)}/evidence-grants/${encodeURIComponent(grantId)}`,
    );
    if (revoked.ok) done(event, 'revoked');
    leaveIfSessionEnded(revoked, event.url);
    return fail(revoked.problem.status, {
      form: 'grants' as const,
      errors: formErrorsFromProblem(revoked.problem),
    });
  },
} satisfies Actions;
