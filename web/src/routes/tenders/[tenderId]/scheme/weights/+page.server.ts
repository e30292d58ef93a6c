import { error, fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { hasSiblingSet, siblingSet, withWeights } from '#lib/options-reviews/scheme-tree.ts';
import { readSetWeights } from '#lib/options-reviews/weights.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { saveLotScheme } from '#lib/services/tender-workflow.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readLotScheme } from '#lib/server/tender-workflow-reads.ts';
import type { Actions, PageServerLoad } from './$types';

// The weights of one sibling set of a lot's draft scheme (`?lot=<number>&set=<group id>`, the
// top level without a set), saved as the edited draft; only while the tender is a draft.

function lotOf(url: URL): number {
  const lot = Number(url.searchParams.get('lot') ?? '1');
  return Number.isInteger(lot) && lot >= 1 ? lot : error(404, 'Not found');
}

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  if (!tender.actions.saveScheme) error(403, 'Not allowed');
  const lotNumber = lotOf(event.url);
  const schemeHref = `${localizeHref(`/tenders/${tender.id}/scheme`)}?lot=${lotNumber}`;
  const draft = await readLotScheme(apiFor(event), tender.id, lotNumber, event.url);
  if (draft.stage !== 'draft' || draft.scheme === null) redirect(303, schemeHref);
  const setId = event.url.searchParams.get('set');
  const award = draft.scheme.award;
  if (!hasSiblingSet(award, setId)) error(404, 'Not found');
  const locale = getLocale();
  return {
    lotNumber,
    lotVersion: draft.lotVersion,
    setId,
    setTitle: award.find((node) => node.id === setId)?.title[locale] ?? null,
    nodes: siblingSet(award, setId).map(({ node }) => ({
      id: node.id,
      title: node.title[locale],
      kind: node.kind,
      weightBp: node.weightBp,
    })),
  };
};

export const actions = {
  save: async (event) => {
    const data = await event.request.formData();
    const tenderId = event.params.tenderId;
    const api = apiFor(event);
    const lotNumber = lotOf(event.url);
    const setId = textField(data, 'set') || null;
    const lotVersion = Number(textField(data, 'lotVersion'));
    const draft = await readLotScheme(api, tenderId, lotNumber, event.url);
    if (draft.scheme === null) error(404, 'Not found');
    const ids = hasSiblingSet(draft.scheme.award, setId)
      ? siblingSet(draft.scheme.award, setId).map(({ node }) => node.id)
      : [];
    const values = Object.fromEntries(ids.map((id) => [id, textField(data, `weight:${id}`)]));
    const kept = { values, lotVersion };

    // The form names the nodes it showed; a level whose nodes changed since needs a fresh look.
    const shown = [...data.keys()].filter((name) => name.startsWith('weight:'));
    if (
      ids.length === 0 ||
      shown.length !== ids.length ||
      ids.some((id) => !data.has(`weight:${id}`)) ||
      draft.lotVersion !== lotVersion
    ) {
      const changed: FormErrors = { form: { key: 'tender_flow_weights_changed' }, fields: {} };
      return fail(409, { ...kept, lotVersion: draft.lotVersion, errors: changed });
    }

    const reading = readSetWeights(
      ids.map((id) => values[id] ?? ''),
      getLocale(),
    );
    if (!reading.ok) {
      const errors: FormErrors = { form: null, fields: {} };
      if (reading.sum === null) {
        for (const index of reading.invalid) {
          errors.fields[`weight:${ids[index]}`] = [{ key: 'review_weight_invalid' }];
        }
      } else {
        errors.fields.weights = [{ key: 'review_weights_sum', values: { sum: reading.sum } }];
      }
      return fail(400, { ...kept, errors });
    }

    const weights = new Map(ids.map((id, index) => [id, reading.basisPoints[index]!]));
    const result = await saveLotScheme(api, {
      tenderId,
      lotNumber,
      version: lotVersion,
      source: { kind: 'edited', scheme: withWeights(draft.scheme, weights) },
    });
    if (result.ok) {
      const query = new URLSearchParams({ lot: String(lotNumber), saved: '1' });
      redirect(303, `${localizeHref(`/tenders/${tenderId}/scheme`)}?${query}`);
    }
    leaveIfSessionEnded(result, event.url);
    const fieldOfPointer = Object.fromEntries(
      siblingSet(draft.scheme.award, setId).map(({ node, index }) => [
        `/source/scheme/award/${index}/weightBp`,
        { field: `weight:${node.id}`, message: 'review_weight_refused' as const },
      ]),
    );
    const errors: FormErrors = formErrorsFromProblem(result.problem, {
      fields: fieldOfPointer,
      problems: { conflict: 'tender_flow_weights_changed' },
    });
    return fail(result.problem.status, { ...kept, errors });
  },
} satisfies Actions;
