import { error, fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formError, formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { templateChoices } from '#lib/options-reviews/scheme-start.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { saveLotScheme } from '#lib/services/tender-workflow.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readLotScheme } from '#lib/server/tender-workflow-reads.ts';
import { entryChoices, entryFields, lotSchemeSourceOf } from '#lib/tenders/scheme-start.ts';
import type { Actions, PageServerLoad } from './$types';

// One lot's scheme at a time (`?lot=<number>`, the first lot without): its draft while the
// tender is a draft, started from a template, catalogue entries or blank, with the rules of
// evaluation it still breaks; afterwards the latest published version.

/** The lot a query names, or the first; 404 for a lot the tender does not have. */
function lotOf(url: URL, lots: readonly { number: number }[]): number | null {
  const asked = url.searchParams.get('lot');
  if (asked === null) return lots[0]?.number ?? null;
  const lot = lots.find((known) => String(known.number) === asked);
  return lot?.number ?? error(404, 'Not found');
}

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const lotNumber = lotOf(event.url, tender.lots);
  if (lotNumber === null) {
    return { lotNumber: null, scheme: null, templates: [], entries: [], saved: false };
  }
  const api = apiFor(event);
  const locale = getLocale();
  const scheme = await readLotScheme(api, tender.id, lotNumber, event.url);
  const editable = tender.actions.saveScheme && scheme.stage === 'draft';
  const [templates, entries] = editable
    ? await Promise.all([templateChoices(api, locale), entryChoices(api, locale)])
    : [[], []];
  return {
    lotNumber,
    scheme,
    templates,
    entries,
    saved: event.url.searchParams.get('saved') === '1',
  };
};

export const actions = {
  /** A lot's draft from a template, catalogue entries or blank, replacing any draft. */
  start: async (event) => {
    const data = await event.request.formData();
    const api = apiFor(event);
    const lotNumber = Number(textField(data, 'lot'));
    const start = textField(data, 'start');
    const entries = entryFields(data);
    const allowed = new Map(
      (await entryChoices(api, getLocale())).map((entry) => [
        entry.id,
        entry.legalTypes.map((type) => type.value as string),
      ]),
    );
    const source = lotSchemeSourceOf({ start, entries }, allowed);
    const kept = { start, entries: Object.fromEntries(entries) };
    if (source === null) {
      return fail(400, { ...kept, errors: formError('tender_flow_scheme_entries_none') });
    }
    const result = await saveLotScheme(api, {
      tenderId: event.params.tenderId,
      lotNumber,
      version: Number(textField(data, 'version')),
      source,
    });
    if (result.ok) {
      const query = new URLSearchParams({ lot: String(lotNumber), saved: '1' });
      redirect(303, `${localizeHref(`/tenders/${event.params.tenderId}/scheme`)}?${query}`);
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      ...kept,
      errors: formErrorsFromProblem(result.problem, {
        problems: {
          conflict: 'tender_flow_scheme_conflict',
          'validation-failed': 'tender_flow_scheme_refused',
        },
      }),
    });
  },
} satisfies Actions;
