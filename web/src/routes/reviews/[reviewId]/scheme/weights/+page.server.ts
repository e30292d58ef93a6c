import { error, fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { hasSiblingSet, siblingSet, withWeights } from '#lib/options-reviews/scheme-tree.ts';
import { readSetWeights } from '#lib/options-reviews/weights.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { saveSchemeVersion } from '#lib/services/options-review.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { readSchemeVersion } from '#lib/server/options-review-reads.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';

// The weights of one sibling set (`?set=<group id>`, the top level without), saved as a new
// version of the scheme with a note saying why.

export const load: PageServerLoad = async (event) => {
  const { review, rights } = await event.parent();
  if (!rights.edit) error(403, 'Not allowed');
  const schemeHref = localizeHref(`/reviews/${review.id}/scheme`);
  if (review.latestSchemeVersion === null) redirect(303, schemeHref);
  const latest = await readSchemeVersion(apiFor(event), review.id, 'latest', event.url);
  const setId = event.url.searchParams.get('set');
  const award = latest.scheme.award;
  if (!hasSiblingSet(award, setId)) error(404, 'Not found');
  const locale = getLocale();
  return {
    basedOnVersion: latest.number,
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
    const reviewId = event.params.reviewId;
    const api = apiFor(event);
    const setId = textField(data, 'set') || null;
    const basedOnVersion = Number(textField(data, 'basedOnVersion'));
    const note = textField(data, 'note').trim();
    const based = await readSchemeVersion(api, reviewId, basedOnVersion, event.url);
    const ids = siblingSet(based.scheme.award, setId).map(({ node }) => node.id);
    const values = Object.fromEntries(ids.map((id) => [id, textField(data, `weight:${id}`)]));
    const kept: { values: Record<string, string>; note: string; basedOnVersion: number } = {
      values,
      note,
      basedOnVersion,
    };

    // The form names the nodes it showed; a level whose nodes changed since needs a fresh look.
    const shown = [...data.keys()].filter((name) => name.startsWith('weight:'));
    if (shown.length !== ids.length || ids.some((id) => !data.has(`weight:${id}`))) {
      const changed: FormErrors = { form: { key: 'review_weights_set_changed' }, fields: {} };
      return fail(409, { ...kept, errors: changed });
    }

    const errors: FormErrors = { form: null, fields: {} };
    if (note === '') errors.fields.note = [{ key: 'form_field_required' }];
    const reading = readSetWeights(
      ids.map((id) => values[id] ?? ''),
      getLocale(),
    );
    if (!reading.ok && reading.sum === null) {
      for (const index of reading.invalid) {
        errors.fields[`weight:${ids[index]}`] = [{ key: 'review_weight_invalid' }];
      }
    } else if (!reading.ok) {
      errors.fields.weights = [{ key: 'review_weights_sum', values: { sum: reading.sum } }];
    }
    if (!reading.ok || Object.keys(errors.fields).length > 0) {
      return fail(400, { ...kept, errors });
    }

    const weights = new Map(ids.map((id, index) => [id, reading.basisPoints[index]!]));
    const result = await saveSchemeVersion(api, {
      reviewId,
      basedOnVersion,
      note,
      source: { kind: 'edited', scheme: withWeights(based.scheme, weights) },
    });
    if (result.ok) {
      const saved = new URLSearchParams({ saved: String(result.version.number) });
      redirect(303, `${localizeHref(`/reviews/${reviewId}/scheme`)}?${saved}`);
    }
    leaveIfSessionEnded(result, event.url);

    if (result.problem.status === 409) {
      // Somebody saved a newer version meanwhile. What was typed stays; saving again applies
      // these weights to that newer version, knowingly.
      const latest = await readSchemeVersion(api, reviewId, 'latest', event.url);
      const stillThere = hasSiblingSet(latest.scheme.award, setId);
      const conflict: FormErrors = {
        form: stillThere
          ? { key: 'review_weights_conflict', values: { number: latest.number } }
          : { key: 'review_weights_set_gone' },
        fields: {},
      };
      return fail(409, {
        ...kept,
        basedOnVersion: stillThere ? latest.number : basedOnVersion,
        errors: conflict,
      });
    }
    // The engine names the weights it refuses by their place in the scheme's list.
    const fieldOfPointer = Object.fromEntries(
      siblingSet(based.scheme.award, setId).map(({ node, index }) => [
        `/source/scheme/award/${index}/weightBp`,
        { field: `weight:${node.id}`, message: 'review_weight_refused' as const },
      ]),
    );
    const refusedErrors: FormErrors = formErrorsFromProblem(result.problem, {
      fields: { ...fieldOfPointer, '/note': 'note' },
    });
    return fail(result.problem.status, { ...kept, errors: refusedErrors });
  },
} satisfies Actions;
