import {
  keyControlNames as keyControls,
  objectiveCodes as sovereigntyObjectives,
} from './vocabulary.ts';

// The registry search is a GET form, so a search is a link one can share or bookmark. The form
// sends repeated fields (`attestation=bsi-c5:type2&attestation=iso-27001`) and one select per
// SEAL objective; the API takes comma-separated lists (RegistrySearchQuery). This module reads
// the page's address into both: the values to show in the form, and the query for the API.

export type KeyControl = (typeof keyControls)[number];
export type Objective = (typeof sovereigntyObjectives)[number];
export type DataIn = '' | 'eea' | 'de';

/** What the search form shows, as read from the page's address. */
export interface SearchForm {
  q: string;
  attestation: string[];
  keyControl: KeyControl[];
  dataIn: DataIn;
  /** The minimum SEAL level per objective; absent means any. */
  seal: Partial<Record<Objective, number>>;
  c3a: string[];
  /** YYYY-MM-DD, or '' for today. */
  validOn: string;
}

/** The form field of an objective's minimum SEAL level. */
export const sealField = (objective: Objective) => `seal-${objective}`;

const attestationPattern = /^[A-Za-z0-9._-]{1,64}(:[A-Za-z0-9._-]{1,64})?$/;
const c3aPattern = /^c3a\.[a-z0-9-]{1,40}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Distinct, trimmed, non-empty values of a repeated field that match a pattern; at most 20. */
function listOf(params: URLSearchParams, name: string, accept: (value: string) => boolean) {
  const values = params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '' && accept(value));
  return [...new Set(values)].slice(0, 20);
}

/**
 * The search the address asks for. Values that could never match (an unknown key control, a
 * level outside 0…4) are dropped rather than refused: a hand-edited link still searches.
 */
export function readSearchForm(params: URLSearchParams): SearchForm {
  const seal: SearchForm['seal'] = {};
  for (const objective of sovereigntyObjectives) {
    const level = params.get(sealField(objective))?.trim() ?? '';
    if (/^[0-4]$/.test(level)) seal[objective] = Number(level);
  }
  const dataIn = params.get('dataIn');
  const validOn = params.get('validOn')?.trim() ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    attestation: listOf(params, 'attestation', (value) => attestationPattern.test(value)),
    keyControl: listOf(params, 'keyControl', (value) =>
      (keyControls as readonly string[]).includes(value),
    ) as KeyControl[],
    dataIn: dataIn === 'eea' || dataIn === 'de' ? dataIn : '',
    seal,
    c3a: listOf(params, 'c3a', (value) => c3aPattern.test(value)),
    validOn: datePattern.test(validOn) ? validOn : '',
  };
}

/** The API's query (RegistrySearchQuery) for a search, with the page's cursor. */
export function apiQueryOf(form: SearchForm, cursor?: string): Record<string, string> {
  const seal = Object.entries(form.seal).map(([objective, level]) => `${objective}:${level}`);
  const query: Record<string, string> = {};
  if (form.q) query.q = form.q;
  if (form.attestation.length > 0) query.attestation = form.attestation.join(',');
  if (form.keyControl.length > 0) query.keyControl = form.keyControl.join(',');
  if (form.dataIn) query.dataIn = form.dataIn;
  if (seal.length > 0) query.sealAtLeast = seal.join(',');
  if (form.c3a.length > 0) query.c3a = form.c3a.join(',');
  if (form.validOn) query.validOn = form.validOn;
  if (cursor) query.cursor = cursor;
  return query;
}

/** The page's own address for a search (and a cursor), as the form would have sent it. */
export function searchParamsOf(form: SearchForm, cursor?: string): URLSearchParams {
  const params = new URLSearchParams();
  if (form.q) params.set('q', form.q);
  for (const value of form.attestation) params.append('attestation', value);
  for (const value of form.keyControl) params.append('keyControl', value);
  if (form.dataIn) params.set('dataIn', form.dataIn);
  for (const [objective, level] of Object.entries(form.seal)) {
    params.set(sealField(objective as Objective), String(level));
  }
  for (const value of form.c3a) params.append('c3a', value);
  if (form.validOn) params.set('validOn', form.validOn);
  if (cursor) params.set('cursor', cursor);
  return params;
}
