import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { legalTypeLabels } from '#lib/options-reviews/labels.ts';
import type { LegalType } from '#lib/options-reviews/offer-form.ts';

// Where a lot's draft scheme starts: a template of the catalogue, entries of the catalogue each
// as a criterion of a legal type the entry admits, or blank (the price alone). The form sends
// `start` = `template:<id>`, `entries` or `blank`, and for entries one field `entry:<id>` per
// catalogue entry naming the legal type it is to take ('' for none).

type SchemeSource = components['schemas']['SchemeSource'];

export interface EntryChoice {
  id: string;
  title: string;
  /** The legal types the entry may take, with their labels. */
  legalTypes: { value: LegalType; label: string }[];
}

/** The catalogue's entries that may become criteria, in the page's language. */
export async function entryChoices(api: ApiClient, locale: 'de' | 'en'): Promise<EntryChoice[]> {
  const answer = await api
    .GET('/api/v1/catalogue/entries', { params: { query: {} } })
    .catch(() => undefined);
  return (answer?.data?.entries ?? [])
    .map(({ entry }) => ({
      id: entry.id,
      title: entry.title[locale],
      legalTypes: entry.legalTypes.map((use) => ({
        value: use.type,
        label: legalTypeLabels[use.type](),
      })),
    }))
    .filter((entry) => entry.legalTypes.length > 0);
}

const idPattern = /^[a-z0-9][a-z0-9.-]{0,79}$/;

/**
 * The scheme source the form stands for, or null when entries were asked for but none chosen.
 * Legal types are taken only as the entry admits them (`allowed`: entry id → legal types).
 */
export function lotSchemeSourceOf(
  form: { start: string; entries: [string, string][] },
  allowed: ReadonlyMap<string, readonly string[]>,
): SchemeSource | null {
  const templateId = /^template:(.+)$/.exec(form.start)?.[1];
  if (templateId && idPattern.test(templateId)) return { kind: 'template', templateId };
  if (form.start !== 'entries') return { kind: 'blank' };
  const criteria = form.entries
    .filter(([id, type]) => type !== '' && allowed.get(id)?.includes(type))
    .map(([entryId, legalType]) => ({ entryId, legalType: legalType as LegalType }));
  return criteria.length > 0 ? { kind: 'entries', criteria } : null;
}

/** The `entry:<id>` fields of a submitted form, in their order. */
export function entryFields(data: FormData): [string, string][] {
  return [...data.entries()]
    .filter(
      (pair): pair is [string, string] =>
        pair[0].startsWith('entry:') && typeof pair[1] === 'string',
    )
    .map(([name, value]) => [name.slice('entry:'.length), value]);
}
